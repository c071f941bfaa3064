/**
 * Step 1 of pricing: the unit price of each line, before any order-level discount.
 *   group price (when set)  >  member price (members, when below list)  >  tier discount (members).
 * Tier discount per unit = floor(listPrice * (100 - discountPercent) / 100): the discount is
 * rounded down to the fen, so the unit price is never below the exact percentage price.
 * A group or member price at or above list price is no discount (list price is charged).
 */
import { assertFen, sumFen, type Fen } from '../money.js';
import { percentOf } from './percent.js';
import type { LineDiscount, PricedLine, PricingLineInput } from './types.js';
import { assertInteger, assertNonNegativeFen, optionalFen, optionalInteger } from './validate.js';

/** A line after step 1, with what the coupon rules need to know about it. */
export interface BaseLine {
  priced: PricedLine;
  productId: number | null;
  categoryId: number | null;
  isGroupBuy: boolean;
}

/** Benefits of the buyer that change unit prices. */
export interface UnitPriceBenefits {
  isMember: boolean;
  /** Integer percent paid on list price by the member's tier; null = no tier discount. */
  tierPercent: number | null;
}

export function priceLine(line: PricingLineInput, index: number, benefits: UnitPriceBenefits): BaseLine {
  const where = `lines[${index}]`;
  const skuId = assertInteger(line.skuId, `${where}.skuId`);
  const quantity = assertInteger(line.quantity, `${where}.quantity`, 1);
  const listPrice = assertNonNegativeFen(line.listPrice, `${where}.listPrice`);
  const memberPrice = optionalFen(line.memberPrice, `${where}.memberPrice`);
  const groupPrice = optionalFen(line.groupPrice, `${where}.groupPrice`);
  const productId = optionalInteger(line.productId, `${where}.productId`);
  const categoryId = optionalInteger(line.categoryId, `${where}.categoryId`);

  const listTotal = assertFen(listPrice * quantity, `${where} list total`);
  const unitDiscount = unitDiscountOf(listPrice, memberPrice, groupPrice, benefits);
  const discounts: LineDiscount[] =
    unitDiscount === null ? [] : [{ source: unitDiscount.source, amount: assertFen(unitDiscount.perUnit * quantity) }];
  const payable = listTotal - sumFen(discounts.map((d) => d.amount));
  const unitPrice = listPrice - (unitDiscount?.perUnit ?? 0);

  return {
    priced: { skuId, quantity, listPrice, unitPrice, listTotal, discounts, payable },
    productId,
    categoryId,
    isGroupBuy: groupPrice !== null,
  };
}

function unitDiscountOf(
  listPrice: Fen,
  memberPrice: Fen | null,
  groupPrice: Fen | null,
  { isMember, tierPercent }: UnitPriceBenefits,
): { source: LineDiscount['source']; perUnit: Fen } | null {
  if (groupPrice !== null) {
    return groupPrice < listPrice ? { source: 'group_price', perUnit: listPrice - groupPrice } : null;
  }
  if (!isMember) return null;
  if (memberPrice !== null && memberPrice < listPrice) return { source: 'member_price', perUnit: listPrice - memberPrice };
  if (tierPercent === null) return null;
  const perUnit = percentOf(listPrice, 100 - tierPercent);
  return perUnit > 0 ? { source: 'tier_discount', perUnit } : null;
}
