import type { PricingContext, ProductDetail, StoreView } from '@shop/shared';
import { Swiper, SwiperItem, Text, View } from '@tarojs/components';
import { useRouter, useShareAppMessage } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { addToCart, fetchPricingContext, fetchProduct, fetchStores } from '../../../api';
import { AsyncView, Icon, LazyImage, ProductPrices, SectionRetry, Skeleton } from '../../../components';
import { useAsyncData, type AsyncData } from '../../../hooks/useAsyncData';
import { availabilityOf } from '../../../lib/availability';
import { price, specText } from '../../../lib/format';
import { loadById } from '../../../lib/load-failure';
import { currentPosition } from '../../../lib/location';
import { goToLogin } from '../../../lib/login-redirect';
import { PAGES, idParam, openPage, pageUrl } from '../../../lib/routes';
import { isSignedIn } from '../../../lib/session';
import { productOffer } from '../../../lib/product-offer';
import { initialSelection, missingSpecs, selectedSku, skuStock, type SpecSelection } from '../../../lib/sku-picker';
import { toastSuccess } from '../../../lib/toast';
import { GroupbuyOffer } from '../../groupbuy/components/GroupbuyOffer';
import { SkuSheet, type SheetAction } from './SkuSheet';
import './index.scss';

/** 商品详情: images, price, specs, delivery/pickup availability, add to cart or buy now, share. */
export default function ProductPage() {
  const { params } = useRouter();
  const id = idParam(params.id);
  const product = useAsyncData(() => loadById(id, (productId) => fetchProduct(productId, { quiet: true })), [id]);
  // Secondary: the page shows without them (pickup says it could not look, the offer line stays away).
  const stores = useAsyncData(async () => fetchStores(await currentPosition(), { quiet: true }), []);
  // A member sees the price after member price and best coupon; guests just the list price.
  const pricing = useAsyncData(() => (isSignedIn() ? fetchPricingContext() : Promise.resolve(null)), []);

  useShareAppMessage(() => ({
    title: product.data ? product.data.title : '栖行 QIXING',
    path: pageUrl(PAGES.product, { id }),
    imageUrl: product.data?.images[0],
  }));

  return (
    <AsyncView state={product} skeleton={<Skeleton rows={6} />} notFound={{ title: '商品不存在或已下架', actionText: '去首页逛逛', onAction: () => openPage(PAGES.home) }}>
      {(detail) => <ProductView product={detail} stores={stores} pricing={pricing.data} />}
    </AsyncView>
  );
}

function ProductView({ product, stores: storeList, pricing }: { product: ProductDetail; stores: AsyncData<StoreView[]>; pricing: PricingContext | null }) {
  const stores = storeList.data ?? [];
  // Without the store list "no store has it" would be a guess: say it could not look instead.
  const storesFailed = storeList.data === null && !storeList.loading;
  const [selection, setSelection] = useState<SpecSelection>(() => initialSelection(product));
  const [qty, setQty] = useState(1);
  const [sheet, setSheet] = useState<SheetAction | null>(null);
  const sku = selectedSku(product, selection);
  const availability = availabilityOf(sku ? [sku] : product.skus, stores);
  const offSale = product.status !== 'on_shelf' || !product.inStock;
  // Before a SKU is chosen, the offer of the cheapest one that can be bought ("券后 ¥x 起").
  const offerSku = sku ?? [...product.skus].filter((s) => s.isActive && skuStock(s) > 0).sort((a, b) => a.price - b.price)[0];
  const offer = pricing && offerSku ? productOffer(pricing, product, offerSku) : null;

  useEffect(() => setQty(1), [sku?.id]);

  const confirm = async () => {
    if (!sku || !sheet) return;
    if (!isSignedIn()) {
      // The login page takes this page's place and brings it back, fresh, once signed in.
      goToLogin(undefined, { replace: true });
      return;
    }
    if (sheet === 'cart') {
      await addToCart(sku.id, qty);
      toastSuccess('已加入购物车');
      setSheet(null);
      return;
    }
    setSheet(null);
    openPage(PAGES.checkout, { skuId: sku.id, qty, productId: product.id });
  };

  const chosenText = sku ? `${specText(sku.specValues, product.specs.map((s) => s.name)) || '默认'} × ${qty}` : `请选择 ${missingSpecs(product, selection).join(' ')}`;

  return (
    <View className='product'>
      <Swiper className='product__gallery' indicatorDots circular>
        {(product.images.length ? product.images : [null]).map((image, index) => (
          <SwiperItem key={image ?? index}>
            <LazyImage src={image} className='product__image' mode='aspectFill' />
          </SwiperItem>
        ))}
      </Swiper>

      <View className='product__card'>
        <ProductPrices price={sku?.price ?? product.minPrice} memberPrice={sku ? sku.memberPrice : product.minMemberPrice} size='lg' />
        <Text className='product__title' data-testid='product-title'>{product.title}</Text>
        {product.subtitle ? <Text className='product__subtitle'>{product.subtitle}</Text> : null}
        <Text className='product__sales'>已售 {product.sales}</Text>
      </View>
      <GroupbuyOffer product={product} />

      {offer && (offer.saving > 0 || offer.almost.length > 0) ? (
        <View className='product__card'>
          <View className='product__row' data-testid='product-offer'>
            <Text className='product__row-label'>优惠</Text>
            <View className='product__row-value'>
              {offer.saving > 0 ? (
                <Text className='product__offer'>
                  券后 {price(offer.finalPrice)}
                  {sku ? '' : ' 起'}
                  {offer.usable.length ? ` · ${offer.usable.join('、')}` : ''}
                </Text>
              ) : null}
              {offer.almost.map((a) => (
                <Text key={a.name} className='product__offer-hint'>
                  {a.name}：{a.reason}
                </Text>
              ))}
            </View>
          </View>
        </View>
      ) : null}

      <View className='product__card'>
        <View className='product__row' onClick={() => setSheet('cart')} data-testid='open-specs'>
          <Text className='product__row-label'>已选</Text>
          <Text className='product__row-value'>{chosenText}</Text>
          <Text className='product__row-more'>›</Text>
        </View>
        <View className='product__row'>
          <Text className='product__row-label'>配送</Text>
          <View className='product__row-value'>
            <Text className={`product__availability${availability.delivery.available ? '' : ' product__availability--off'}`} data-testid='availability-delivery'>
              {availability.delivery.text}
            </Text>
            {storesFailed ? (
              <SectionRetry text='门店库存加载失败' onRetry={() => void storeList.reload()} testId='availability-pickup-failed' />
            ) : (
              <Text className={`product__availability${availability.pickup.available ? '' : ' product__availability--off'}`} data-testid='availability-pickup'>
                {availability.pickup.text}
              </Text>
            )}
          </View>
        </View>
      </View>

      {product.description ? (
        <View className='product__card'>
          <Text className='product__section-title'>商品详情</Text>
          <Text className='product__description'>{product.description}</Text>
        </View>
      ) : null}

      <View className='product__bar'>
        <View className='product__bar-icon' onClick={() => openPage(PAGES.home)}>
          <Icon name='home' size={40} color='#333' />
          <Text className='product__bar-icon-label'>首页</Text>
        </View>
        <View className='product__bar-icon' onClick={() => openPage(PAGES.cart)}>
          <Icon name='cart' size={40} color='#333' />
          <Text className='product__bar-icon-label'>购物车</Text>
        </View>
        {offSale ? (
          <View className='product__bar-off'>{product.status !== 'on_shelf' ? '商品已下架' : '暂时缺货'}</View>
        ) : (
          <View className='product__bar-actions'>
            <View className='product__bar-cart' onClick={() => setSheet('cart')} data-testid='add-to-cart'>
              加入购物车
            </View>
            <View className='product__bar-buy' onClick={() => setSheet('buy')} data-testid='buy-now'>
              立即购买
            </View>
          </View>
        )}
      </View>

      {sheet ? <SkuSheet product={product} selection={selection} qty={qty} action={sheet} onSelection={setSelection} onQty={setQty} onConfirm={confirm} onClose={() => setSheet(null)} /> : null}
    </View>
  );
}
