import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { fetchStores } from '../../../api';
import { AsyncView, Skeleton } from '../../../components';
import { useAsyncData } from '../../../hooks/useAsyncData';
import { PAGES, openPage } from '../../../lib/routes';
import { StoreActions } from '../components/StoreActions';
import { StoreSummary } from '../components/StoreSummary';
import { useUserPosition } from '../hooks/useUserPosition';
import { MEMBER_PAGES } from '../../../lib/member-routes';
import './index.scss';

/** 门店: every open store, nearest first once the user's position is known. */
export default function StoresPage() {
  const { position, located } = useUserPosition();
  const stores = useAsyncData(() => fetchStores(position, { quiet: true }), [position]);

  usePullDownRefresh(async () => {
    await stores.reload();
    Taro.stopPullDownRefresh();
  });

  return (
    <AsyncView
      state={stores}
      skeleton={<Skeleton rows={6} />}
      isEmpty={(list) => list.length === 0}
      empty={{ icon: 'store', title: '暂无营业中的门店', description: '线上商城随时为你服务', actionText: '去逛逛', onAction: () => openPage(PAGES.home) }}
    >
      {(list) => (
        <View className='stores' data-testid='store-list'>
          {located && !position ? <Text className='stores__hint'>开启定位后，可按距离由近到远查看门店</Text> : null}
          {list.map((store) => (
            <View key={store.id} className='stores__card' onClick={() => openPage(MEMBER_PAGES.store, { id: store.id })} data-testid={`store-${store.id}`}>
              <StoreSummary store={store} />
              <StoreActions store={store} />
            </View>
          ))}
        </View>
      )}
    </AsyncView>
  );
}
