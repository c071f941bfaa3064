import type { GroupbuyOfferView, ProductDetail } from '@shop/shared';
import { Text, View } from '@tarojs/components';
import type { GroupOrderBody } from '../../../api';
import { Price, QuantityStepper, SubmitButton } from '../../../components';
import { price } from '../../../lib/format';
import { PAGES, openPage } from '../../../lib/routes';
import { FulfillmentSection } from '../../trade/checkout/FulfillmentSection';
import type { GroupRole } from '../lib/offer';
import { useGroupOrderForm } from './useGroupOrderForm';
import '../../trade/checkout/index.scss';
import './GroupOrderForm.scss';

export interface GroupOrderFormProps {
  product: ProductDetail;
  offer: GroupbuyOfferView;
  role: GroupRole;
  submitText: string;
  /** Places the order (and pays); the button stays locked until it settles. */
  onSubmit: (body: GroupOrderBody) => Promise<void>;
}

/** SKU at the group price, quantity, delivery or pickup, the total, and 开团/参团. */
export function GroupOrderForm({ product, offer, role, submitText, onSubmit }: GroupOrderFormProps) {
  const form = useGroupOrderForm(product, offer, role);
  const { choice } = form;
  return (
    <View className='gb-form' data-testid='group-order-form'>
      <View className='trade-card'>
        <Text className='gb-form__label'>选择规格{role === 'leader' && offer.leaderDiscount ? '（已含团长优惠）' : ''}</Text>
        <View className='gb-form__skus'>
          {form.choices.map((c) => {
            const state = c.maxQty <= 0 ? 'off' : c.sku.id === choice?.sku.id ? 'on' : 'idle';
            return (
              <View key={c.sku.id} className={`gb-form__sku gb-form__sku--${state}`} onClick={() => state !== 'off' && form.setSkuId(c.sku.id)} data-testid={`gb-sku-${c.sku.id}`}>
                <Text className='gb-form__sku-name'>{c.label}</Text>
                <Text className='gb-form__sku-price'>{c.maxQty > 0 ? price(c.unitPrice) : '已抢光'}</Text>
              </View>
            );
          })}
        </View>
        <View className='gb-form__qty'>
          <Text className='gb-form__label'>数量</Text>
          <QuantityStepper value={form.qty} max={choice?.maxQty ?? 1} disabled={!choice} onChange={form.setQty} testId='gb-qty' />
        </View>
      </View>
      <FulfillmentSection
        fulfillment={form.fulfillment}
        address={form.address}
        stores={form.pickupStores}
        storesState={form.pickupStoresState}
        onRetryStores={form.reloadPickupStores}
        storeId={form.storeId}
        addressFailed={form.addressesFailed}
        onRetryAddress={form.reloadAddresses}
        onFulfillment={form.setFulfillment}
        onPickAddress={() => openPage(form.hasAddresses ? PAGES.addresses : PAGES.addressEdit, { select: 1 })}
        onStore={form.setStoreId}
      />
      <View className='gb-form__bar'>
        <View className='gb-form__total'>
          <Text className='gb-form__total-label'>合计</Text>
          {form.estimate ? <Price fen={form.estimate.payable} size='lg' testId='gb-total' /> : <Text className='gb-form__muted'>—</Text>}
          {form.estimate && form.fulfillment === 'delivery' ? <Text className='gb-form__muted'>{form.estimate.shippingFee > 0 ? `含运费 ${price(form.estimate.shippingFee)}` : '免运费'}</Text> : null}
        </View>
        <SubmitButton onSubmit={() => (form.body ? onSubmit(form.body) : Promise.resolve())} disabled={!form.body} busyText='提交中…' testId='gb-submit'>
          {choice ? submitText : '请选择规格'}
        </SubmitButton>
      </View>
    </View>
  );
}
