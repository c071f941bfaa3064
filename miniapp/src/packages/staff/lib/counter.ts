import { CART_MAX_LINE_QTY, MAX_ORDER_LINES, type MemberOverviewView, type CounterSessionView, type PricingCouponSelection } from '@shop/shared';
import { EMPTY_ADDRESS_FORM, type AddressForm } from '../../../lib/address-form';

/** Who the sale is for: a member proven present at the counter (their session opens their benefits), or a guest (散客). */
export type Customer = { kind: 'guest' } | { kind: 'member'; member: MemberOverviewView; session: CounterSessionView };

/** A SKU in the order being built, with what the tablet showed when it was added. */
export interface CounterLine {
  skuId: number;
  productId: number;
  title: string;
  specText: string;
  image: string | null;
  /** List price (fen); the order's real prices come from the server's preview. */
  price: number;
  /** Units on hand in this store and at the warehouse when the line was added. */
  storeAvailable: number;
  warehouseAvailable: number;
  qty: number;
}

export type CounterFulfillmentType = 'carry_out' | 'pickup' | 'delivery';

export interface CounterState {
  customer: Customer | null;
  lines: CounterLine[];
  fulfillment: CounterFulfillmentType;
  /** Pickup store; null = this store. */
  pickupStoreId: number | null;
  /**
   * Delivery to one of the member's saved addresses (its id), or to the address typed on the
   * tablet ('manual'); null until chosen: the member's default is taken once their addresses load.
   */
  addressId: number | 'manual' | null;
  /** Delivery address typed on the tablet. */
  address: AddressForm;
  /**
   * The member's coupons for this sale, as the shopper's picker chooses them: the server's best
   * (the default), the ones staff tapped, or none. A guest has none to choose.
   */
  coupons: PricingCouponSelection;
}

export type CounterAction =
  | { type: 'customer'; customer: Customer | null }
  | { type: 'add'; line: Omit<CounterLine, 'qty'> }
  | { type: 'qty'; skuId: number; qty: number }
  | { type: 'remove'; skuId: number }
  | { type: 'fulfillment'; fulfillment: CounterFulfillmentType }
  | { type: 'pickupStore'; storeId: number | null }
  | { type: 'address'; change: Partial<AddressForm> }
  | { type: 'addressId'; addressId: number | 'manual' | null }
  | { type: 'coupons'; coupons: PricingCouponSelection }
  | { type: 'reset' };

export const INITIAL_COUNTER: CounterState = { customer: null, lines: [], fulfillment: 'carry_out', pickupStoreId: null, addressId: null, address: EMPTY_ADDRESS_FORM, coupons: { mode: 'best' } };

const clampQty = (qty: number) => Math.min(CART_MAX_LINE_QTY, Math.max(1, Math.floor(qty)));

/** Whether another distinct SKU fits in one order (the server takes at most MAX_ORDER_LINES). */
export function canAddLine(state: CounterState, skuId: number): boolean {
  return state.lines.some((l) => l.skuId === skuId) || state.lines.length < MAX_ORDER_LINES;
}

/** A member's name fills an empty delivery form (staff only ever see their phone masked); whatever staff typed stays. */
function withMemberContact(address: AddressForm, customer: Customer | null): AddressForm {
  if (customer?.kind !== 'member') return address;
  return { ...address, recipientName: address.recipientName || customer.member.nickname };
}

/**
 * The order on the tablet. Adding a SKU already in the order adds one more (one line per SKU,
 * as the server requires); quantities stay within 1..CART_MAX_LINE_QTY.
 */
export function counterReducer(state: CounterState, action: CounterAction): CounterState {
  switch (action.type) {
    case 'customer':
      // Another customer's saved addresses and coupons are not this one's.
      return { ...state, customer: action.customer, addressId: null, address: withMemberContact(state.address, action.customer), coupons: INITIAL_COUNTER.coupons };
    case 'add': {
      const existing = state.lines.find((l) => l.skuId === action.line.skuId);
      if (existing) return counterReducer(state, { type: 'qty', skuId: existing.skuId, qty: existing.qty + 1 });
      if (!canAddLine(state, action.line.skuId)) return state;
      return { ...state, lines: [...state.lines, { ...action.line, qty: 1 }] };
    }
    case 'qty':
      return { ...state, lines: state.lines.map((l) => (l.skuId === action.skuId ? { ...l, qty: clampQty(action.qty) } : l)) };
    case 'remove':
      return { ...state, lines: state.lines.filter((l) => l.skuId !== action.skuId) };
    case 'fulfillment':
      return { ...state, fulfillment: action.fulfillment };
    case 'pickupStore':
      return { ...state, pickupStoreId: action.storeId };
    case 'address':
      return { ...state, address: { ...state.address, ...action.change } };
    case 'addressId':
      return { ...state, addressId: action.addressId };
    case 'coupons':
      return { ...state, coupons: action.coupons };
    case 'reset':
      return INITIAL_COUNTER;
  }
}

/** Units over all lines (of the order being built, or of a placed order). */
export function itemCount(lines: readonly { qty: number }[]): number {
  return lines.reduce((sum, line) => sum + line.qty, 0);
}

/**
 * The order being built survives switching desks (收银台 -> 取货核销 -> back) while the app runs.
 * Kept in memory only: a member's details do not outlive the app on a shared tablet.
 */
let draft: CounterState = INITIAL_COUNTER;

export function counterDraft(): CounterState {
  return draft;
}

export function keepCounterDraft(state: CounterState): void {
  draft = state;
}
