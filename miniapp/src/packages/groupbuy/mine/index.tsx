import type { MyGroupbuyView } from '@shop/shared';
import { View } from '@tarojs/components';
import { useLoad, useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { fetchMyGroups } from '../../../api';
import { Tabs } from '../../../components';
import { useCursorList } from '../../../hooks/useCursorList';
import { goToLogin } from '../../../lib/login-redirect';
import { PAGES, openPage } from '../../../lib/routes';
import { isSignedIn } from '../../../lib/session';
import { PagedList } from '../../../components/PagedList';
import { useListPage } from '../../../hooks/useListPage';
import { MY_GROUP_TABS, myGroupTab, myGroupsEmpty, type MyGroupTab } from '../lib/my-group-tabs';
import { MyGroupCard } from './MyGroupCard';
import './index.scss';

/** A member holds one seat per group (per live order); the list's key is the order. */
const seatKey = (item: MyGroupbuyView) => item.orderId;

/** 我的拼团: every group the member started or joined, newest first, labelled from their side; tabs by outcome (`?tab=open|succeeded|failed`). */
export default function MyGroupsPage() {
  const { params } = useRouter();
  const [tab, setTab] = useState<MyGroupTab>(() => myGroupTab(params.tab));
  useLoad(() => {
    if (!isSignedIn()) goToLogin(undefined, { replace: true });
  });
  const list = useCursorList((cursor) => fetchMyGroups(cursor, 20, { quiet: true, status: tab === 'all' ? undefined : tab }), seatKey, [tab]);
  useListPage(list);
  const empty = myGroupsEmpty(tab);
  return (
    <View className='my-groups'>
      <Tabs items={MY_GROUP_TABS} active={tab} onChange={setTab} testId='my-group-tabs' />
      <PagedList
        list={list}
        testId='my-groups'
        empty={{ icon: 'group', title: empty.title, description: empty.description, actionText: '去逛逛', onAction: () => openPage(PAGES.home), testId: 'my-groups-empty' }}
      >
        {list.items.map((item) => (
          <MyGroupCard key={item.orderId} item={item} />
        ))}
      </PagedList>
    </View>
  );
}
