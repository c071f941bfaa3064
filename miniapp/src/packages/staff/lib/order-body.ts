import type { StaffOrderBody } from '../api/orders';
import { validateAddress } from '../../../lib/address-form';
import type { CounterState, CounterFulfillmentType } from './counter';

export const FULFILLMENT_LABELS: Record<CounterFulfillmentType, string> = { carry_out: '现场带走', pickup: '到店自提', delivery: '送货上门' };

/** `counterToken`: the member's counter session (X-Counter-Token); null for a guest. */
export type OrderBodyResult = { ok: true; body: StaffOrderBody; counterToken: string | null } | { ok: false; reason: string };

/** How the goods reach the customer, as the server takes it; a reason when the choice is incomplete. */
function fulfillmentBody(state: CounterState, ownStoreId: number): { ok: true; value: StaffOrderBody['fulfillment'] } | { ok: false; reason: string } {
  switch (state.fulfillment) {
    case 'carry_out':
      return { ok: true, value: { type: 'carry_out' } };
    case 'pickup':
      // The server defaults to the staff member's own store; name another store only.
      return { ok: true, value: state.pickupStoreId === null || state.pickupStoreId === ownStoreId ? { type: 'pickup' } : { type: 'pickup', storeId: state.pickupStoreId } };
    case 'delivery': {
      // A saved address of the member: the server checks it is theirs.
      if (typeof state.addressId === 'number' && state.customer?.kind === 'member') return { ok: true, value: { type: 'delivery', addressId: state.addressId } };
      const checked = validateAddress(state.address);
      if (!checked.ok) return { ok: false, reason: checked.message };
      const { recipientName, phone, province, city, district, detail } = checked.input;
      return { ok: true, value: { type: 'delivery', address: { recipientName, phone, province, city, district, detail, latitude: null, longitude: null } } };
    }
  }
}

/**
 * The body of POST /staff/orders(/preview) for what is on the tablet, or the first thing still
 * missing, in the words the checkout panel shows. Members get their best coupons (the server's
 * default, so the body leaves it out) unless staff chose some or none in the picker; a guest pays
 * list prices and sends no coupon choice.
 */
export function staffOrderBody(state: CounterState, ownStoreId: number): OrderBodyResult {
  if (!state.customer) return { ok: false, reason: '请先识别会员，或选择散客' };
  if (state.lines.length === 0) return { ok: false, reason: '请添加商品' };
  const fulfillment = fulfillmentBody(state, ownStoreId);
  if (!fulfillment.ok) return fulfillment;
  const member = state.customer.kind === 'member';
  return {
    ok: true,
    counterToken: state.customer.kind === 'member' ? state.customer.session.token : null,
    body: {
      lines: state.lines.map((l) => ({ skuId: l.skuId, qty: l.qty })),
      fulfillment: fulfillment.value,
      ...(member && state.coupons.mode !== 'best' ? { coupons: state.coupons } : {}),
    },
  };
}
