import type { StoreView } from '@shop/shared';
import { Text, View } from '@tarojs/components';
import { useRouter, useShareAppMessage } from '@tarojs/taro';
import { fetchStore } from '../../../api';
import { AsyncView, Skeleton } from '../../../components';
import { useAsyncData } from '../../../hooks/useAsyncData';
import { formatDistance } from '../../../lib/format';
import { loadById } from '../../../lib/load-failure';
import { PAGES, idParam, openPage, pageUrl } from '../../../lib/routes';
import { StoreActions } from '../components/StoreActions';
import { StoreSummary } from '../components/StoreSummary';
import { useUserPosition } from '../hooks/useUserPosition';
import { MEMBER_PAGES } from '../../../lib/member-routes';
import './index.scss';

/** 门店详情: hours, address, phone, what the store offers, and the way there. */
export default function StorePage() {
  const id = idParam(useRouter().params.id);
  const { position } = useUserPosition();
  const store = useAsyncData(() => loadById(id, (storeId) => fetchStore(storeId, position, { quiet: true })), [id, position]);
  useShareAppMessage(() => ({ title: store.data?.name ?? '栖行门店', path: pageUrl(MEMBER_PAGES.store, { id }) }));

  return (
    <AsyncView state={store} skeleton={<Skeleton rows={6} />} notFound={{ icon: 'store', title: '门店不存在或已停业', description: '看看其他门店吧', actionText: '查看全部门店', onAction: () => openPage(MEMBER_PAGES.stores) }}>
      {(shop) => <StoreDetail shop={shop} />}
    </AsyncView>
  );
}

function StoreDetail({ shop }: { shop: StoreView }) {
  return (
    <View className='store-page' data-testid='store-detail'>
      <View className='store-page__card'>
        <StoreSummary store={shop} />
        <StoreActions store={shop} />
      </View>
      <View className='store-page__card'>
        <Text className='store-page__title'>门店服务</Text>
        <View className='store-page__row'>
          <Text className='store-page__label'>到店自提</Text>
          <Text>{shop.pickupEnabled ? '支持，下单时选择本店自提' : '暂不支持'}</Text>
        </View>
        <View className='store-page__row'>
          <Text className='store-page__label'>同城配送</Text>
          <Text>门店 {formatDistance(shop.deliveryRadiusMeters)} 内可从本店发货</Text>
        </View>
        <View className='store-page__row'>
          <Text className='store-page__label'>联系电话</Text>
          <Text>{shop.phone}</Text>
        </View>
        <View className='store-page__row'>
          <Text className='store-page__label'>会员服务</Text>
          <Text>出示会员码，享会员价并累积积分</Text>
        </View>
      </View>
      <View className='store-page__shop' onClick={() => openPage(PAGES.home)}>
        线上逛逛，到店自提 ›
      </View>
    </View>
  );
}
