import type { MyGroupbuyView } from '@shop/shared';
import { View } from '@tarojs/components';
import { useLoad } from '@tarojs/taro';
import { fetchMyGroups } from '../../../api';
import { EmptyState } from '../../../components';
import { useCursorList } from '../../../hooks/useCursorList';
import { goToLogin } from '../../../lib/login-redirect';
import { PAGES, openPage } from '../../../lib/routes';
import { isSignedIn } from '../../../lib/session';
import { PagedList } from '../../member/components/PagedList';
import { useListPage } from '../../member/hooks/useListPage';
import { MyGroupCard } from './MyGroupCard';
import './index.scss';

/** A member holds one seat per group (per live order); the list's key is the order. */
const seatKey = (item: MyGroupbuyView) => item.orderId;

/** 我的拼团: every group the member started or joined, newest first, labelled from their side. */
export default function MyGroupsPage() {
  useLoad(() => {
    if (!isSignedIn()) goToLogin();
  });
  const list = useCursorList((cursor) => fetchMyGroups(cursor), seatKey, []);
  useListPage(list);
  return (
    <View className='my-groups'>
      <PagedList
        list={list}
        testId='my-groups'
        empty={<EmptyState icon='👥' title='还没有参加过拼团' description='好物一起拼，人满即成团，不成团自动退款' actionText='去逛逛' onAction={() => openPage(PAGES.home)} testId='my-groups-empty' />}
      >
        {list.items.map((item) => (
          <MyGroupCard key={item.orderId} item={item} />
        ))}
      </PagedList>
    </View>
  );
}
