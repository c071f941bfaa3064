/**
 * The single pricing function shared by the mini-program (cart/checkout preview) and the
 * server (order creation). Both sides must get identical numbers for identical input.
 *
 * Money: every amount is an integer number of fen. No rounding happens anywhere in the
 * current rules (member discount = (listPrice - memberPrice) * quantity is exact); when
 * order-level amounts must be split across lines they are split with
 * `allocateProportionally` (largest remainder, earlier line wins ties), never with floats.
 *
 * Order of application:
 *   1. Member price, per line: a member pays `memberPrice` when it is strictly below
 *      `listPrice`; the difference times quantity is a `member_price` line discount.
 *   2. (future) Order-level discounts such as coupons: computed on the goods subtotal, then
 *      allocated across lines in proportion to each line's payable so far, so a refund of
 *      one line returns exactly what was paid for it.
 *   3. Shipping: pickup is free; delivery is free when the goods subtotal after all
 *      discounts (itemsTotal - discountTotal) is at or above `freeThreshold`, else `baseFee`.
 *
 * Pure: no clock, no randomness, input is never mutated and output shares no objects with it.
 * Invalid input throws RangeError; callers validate upstream (zod), this is only a guard.
 */
import { assertFen, sumFen, type Fen } from '../money.js';
import type {
  DiscountSource,
  LineDiscount,
  OrderDiscount,
  PricedLine,
  PricingInput,
  PricingLineInput,
  PricingResult,
} from './types.js';

/** Every discount source, in order of application; also the order of `PricingResult.discounts`. */
const DISCOUNT_ORDER: readonly DiscountSource[] = ['member_price'];

const DISCOUNT_LABELS: Readonly<Record<DiscountSource, string>> = {
  member_price: '会员价',
};

function assertNonNegativeFen(value: unknown, what: string): Fen {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${what} must be a non-negative integer number of fen, got ${String(value)}`);
  }
  return value;
}

function priceLine(line: PricingLineInput, index: number, isMember: boolean): PricedLine {
  const where = `lines[${index}]`;
  if (typeof line.skuId !== 'number' || !Number.isSafeInteger(line.skuId)) {
    throw new RangeError(`${where}.skuId must be an integer, got ${String(line.skuId)}`);
  }
  if (typeof line.quantity !== 'number' || !Number.isSafeInteger(line.quantity) || line.quantity < 1) {
    throw new RangeError(`${where}.quantity must be a positive integer, got ${String(line.quantity)}`);
  }
  const listPrice = assertNonNegativeFen(line.listPrice, `${where}.listPrice`);
  const memberPrice =
    line.memberPrice === undefined || line.memberPrice === null
      ? null
      : assertNonNegativeFen(line.memberPrice, `${where}.memberPrice`);

  const listTotal = assertFen(listPrice * line.quantity, `${where} list total`);
  const discounts: LineDiscount[] = [];
  let unitPrice = listPrice;
  if (isMember && memberPrice !== null && memberPrice < listPrice) {
    unitPrice = memberPrice;
    discounts.push({ source: 'member_price', amount: (listPrice - memberPrice) * line.quantity });
  }
  const payable = listTotal - sumFen(discounts.map((d) => d.amount));
  if (payable < 0) throw new RangeError(`${where} payable would be negative (${payable})`);

  return { skuId: line.skuId, quantity: line.quantity, listPrice, unitPrice, listTotal, discounts, payable };
}

export function priceOrder(input: PricingInput): PricingResult {
  if (!Array.isArray(input.lines) || input.lines.length === 0) {
    throw new RangeError('an order needs at least one line');
  }
  if (input.fulfillment !== 'delivery' && input.fulfillment !== 'pickup') {
    throw new RangeError(`fulfillment must be 'delivery' or 'pickup', got ${String(input.fulfillment)}`);
  }
  const baseFee = assertNonNegativeFen(input.shippingRule.baseFee, 'shippingRule.baseFee');
  const freeThreshold =
    input.shippingRule.freeThreshold === null
      ? null
      : assertNonNegativeFen(input.shippingRule.freeThreshold, 'shippingRule.freeThreshold');

  const isMember = input.isMember === true;
  const lines = input.lines.map((line, i) => priceLine(line, i, isMember));

  const itemsTotal = sumFen(lines.map((l) => l.listTotal));
  const discounts: OrderDiscount[] = [];
  for (const source of DISCOUNT_ORDER) {
    const amount = sumFen(lines.flatMap((l) => l.discounts.filter((d) => d.source === source).map((d) => d.amount)));
    if (amount !== 0) discounts.push({ source, label: DISCOUNT_LABELS[source], amount });
  }
  const discountTotal = sumFen(discounts.map((d) => d.amount));

  const goodsSubtotal = itemsTotal - discountTotal;
  if (goodsSubtotal < 0) throw new RangeError(`discounts (${discountTotal}) exceed items total (${itemsTotal})`);

  let shippingFee: Fen;
  if (input.fulfillment === 'pickup') shippingFee = 0;
  else if (freeThreshold !== null && goodsSubtotal >= freeThreshold) shippingFee = 0;
  else shippingFee = baseFee;

  const payableTotal = assertFen(goodsSubtotal + shippingFee, 'payable total');

  return { lines, itemsTotal, discounts, discountTotal, shippingFee, payableTotal };
}
