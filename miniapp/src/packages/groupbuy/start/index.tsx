import type { GroupbuyOfferView, ProductDetail } from '@shop/shared';
import { Text, View } from '@tarojs/components';
import { useLoad, useRouter } from '@tarojs/taro';
import { useRef } from 'react';
import { fetchProduct, fetchProductGroupbuy, startGroup, type GroupOrderBody } from '../../../api';
import { AsyncView, EmptyState, Skeleton } from '../../../components';
import { useAsyncData } from '../../../hooks/useAsyncData';
import { createIdempotencyKeeper } from '../../../lib/idempotency';
import { loadById } from '../../../lib/load-failure';
import { goToLogin } from '../../../lib/login-redirect';
import { PAGES, idParam, openPage } from '../../../lib/routes';
import { isSignedIn } from '../../../lib/session';
import { GroupOrderForm } from '../components/GroupOrderForm';
import { OfferHeader } from '../components/OfferHeader';
import { formTimeText } from '../../../lib/countdown';
import { payThenShowGroup } from '../lib/pay';
import './index.scss';

/** 发起拼团: the campaign's price (the leader's, with a leader discount), how it works, and the order. */
export default function StartGroupPage() {
  const { params } = useRouter();
  const campaignId = idParam(params.campaignId);
  const productId = idParam(params.productId);
  useLoad(() => {
    // Signed out (a share card's visitor): log in, then back here with campaignId and productId.
    if (!isSignedIn()) goToLogin(undefined, { replace: true });
  });
  const data = useAsyncData(() => loadById(productId, (id) => Promise.all([fetchProduct(id, { quiet: true }), fetchProductGroupbuy(id, { quiet: true })])), [productId]);

  return (
    <AsyncView state={data} skeleton={<Skeleton rows={6} avatar />} notFound={{ title: '商品不存在或已下架', description: '这个拼团已无法发起', actionText: '去首页逛逛', onAction: () => openPage(PAGES.home) }}>
      {([product, groupbuy]) => {
        const offer = groupbuy.offers.find((o) => o.campaignId === campaignId) ?? null;
        if (!offer) return <EmptyState icon='clock' title='拼团活动已结束' description='看看商品的其他优惠吧' actionText='查看商品' onAction={() => openPage(PAGES.product, { id: product.id })} testId='start-closed' />;
        return <StartForm product={product} offer={offer} />;
      }}
    </AsyncView>
  );
}

/** The leader's offer, the three steps and the order form. */
function StartForm({ product, offer }: { product: ProductDetail; offer: GroupbuyOfferView }) {
  const keeper = useRef(createIdempotencyKeeper()).current;
  const submit = async (body: GroupOrderBody) => {
    const request = { ...body, campaignId: offer.campaignId };
    const { order, group } = await startGroup(request, keeper.keyFor(request));
    keeper.reset();
    await payThenShowGroup(order, group.id);
  };

  return (
    <View className='gb-start'>
      <OfferHeader product={product} offer={offer} role='leader' />
      <View className='gb-start__steps'>
        {['开团并支付', `邀请 ${offer.groupSize - 1} 位好友`, `${formTimeText(offer.formMinutes)}内人满成团`].map((step, index) => (
          <Text key={step} className='gb-start__step'>
            {index + 1}. {step}
          </Text>
        ))}
        <Text className='gb-start__refund'>未成团自动全额退款</Text>
      </View>
      <GroupOrderForm product={product} offer={offer} role='leader' submitText='立即开团' onSubmit={submit} />
    </View>
  );
}
