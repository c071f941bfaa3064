import { MAX_ORDER_LINES } from '@shop/shared';
import { View } from '@tarojs/components';
import { useEffect, useMemo, useReducer, useRef } from 'react';
import { createIdempotencyKeeper, newIdempotencyKey } from '../../../lib/idempotency';
import { pageUrl, replacePage } from '../../../lib/routes';
import { toast } from '../../../lib/toast';
import { createStaffOrder } from '../api/orders';
import { CartPanel } from '../components/CartPanel';
import { CheckoutPanel } from '../components/CheckoutPanel';
import { CouponGrantPanel } from '../components/CouponGrantPanel';
import { CustomerPanel } from '../components/CustomerPanel';
import { FulfillmentPanel } from '../components/FulfillmentPanel';
import { ProductSearch } from '../components/ProductSearch';
import { staffPage, type DeskProps } from '../components/staffPage';
import { useStaffPreview } from '../hooks/useStaffPreview';
import { INITIAL_COUNTER, canAddLine, counterDraft, counterReducer, keepCounterDraft, type CounterLine } from '../lib/counter';
import { staffOrderBody } from '../lib/order-body';
import { STAFF_PAGES } from '../routes';
import './index.scss';

/**
 * 收银台: identify the customer, pick goods with this store's and the warehouse's stock, choose
 * how they leave the store, see the server's price, and submit; payment follows on its own page.
 */
function CounterDesk({ session }: DeskProps) {
  const [state, dispatch] = useReducer(counterReducer, undefined, counterDraft);
  useEffect(() => keepCounterDraft(state), [state]);
  const result = useMemo(() => staffOrderBody(state, session.storeId), [state, session.storeId]);
  const priced = useStaffPreview(result);
  const keeper = useRef(createIdempotencyKeeper(() => newIdempotencyKey('staff'))).current;

  const add = (line: Omit<CounterLine, 'qty'>) => {
    if (!canAddLine(state, line.skuId)) {
      toast(`一单最多 ${MAX_ORDER_LINES} 种商品`);
      return;
    }
    dispatch({ type: 'add', line });
    toast(`已加入：${line.title} ${line.specText}`.trim());
  };

  const submit = async () => {
    if (!result.ok || !priced.preview?.canSubmit || priced.stale) return;
    const order = await createStaffOrder(result.body, result.counterToken, keeper.keyFor(result.body));
    keeper.reset();
    keepCounterDraft(INITIAL_COUNTER);
    replacePage(pageUrl(STAFF_PAGES.pay, { orderId: order.id }));
  };

  return (
    <View className='staff-cols'>
      <View className='staff-col staff-col--main'>
        <CustomerPanel customer={state.customer} onChange={(customer) => dispatch({ type: 'customer', customer })} />
        {state.customer?.kind === 'member' ? <CouponGrantPanel counterToken={state.customer.session.token} nickname={state.customer.member.nickname} /> : null}
        <ProductSearch storeId={session.storeId} onAdd={add} />
      </View>
      <View className='staff-col staff-col--side'>
        <CartPanel lines={state.lines} preview={priced.preview} onQty={(skuId, qty) => dispatch({ type: 'qty', skuId, qty })} onRemove={(skuId) => dispatch({ type: 'remove', skuId })} />
        <FulfillmentPanel
          state={state}
          ownStoreId={session.storeId}
          onFulfillment={(fulfillment) => dispatch({ type: 'fulfillment', fulfillment })}
          onPickupStore={(id) => dispatch({ type: 'pickupStore', storeId: id })}
          onAddress={(change) => dispatch({ type: 'address', change })}
          onAddressId={(addressId) => dispatch({ type: 'addressId', addressId })}
        />
        <CheckoutPanel
          missing={result.ok ? null : result.reason}
          priced={priced}
          onCoupons={state.customer?.kind === 'member' ? (coupons) => dispatch({ type: 'coupons', coupons }) : undefined}
          onSubmit={submit}
        />
      </View>
    </View>
  );
}

export default staffPage('counter', CounterDesk);
