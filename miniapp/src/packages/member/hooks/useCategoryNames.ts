import type { CategoryView, CouponScope } from '@shop/shared';
import { useMemo } from 'react';
import { apiRequest } from '../../../api/http';
import { useAsyncData } from '../../../hooks/useAsyncData';

const NONE: ReadonlyMap<number, string> = new Map();

/**
 * The catalog's category names, for coupons scoped to categories ("限 上衣、配饰 可用"). Read only
 * when some scope names categories; quiet, since the coupon still reads "限指定分类商品" without them.
 */
export function useCategoryNames(scopes: readonly CouponScope[]): ReadonlyMap<number, string> {
  const needed = scopes.some((scope) => scope.kind === 'categories');
  const categories = useAsyncData(() => apiRequest<CategoryView[]>('/categories', { quiet: true }), [], { enabled: needed });
  return useMemo(() => (categories.data ? new Map(categories.data.map((c) => [c.id, c.name])) : NONE), [categories.data]);
}
