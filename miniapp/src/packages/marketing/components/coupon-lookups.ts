import type { CategoryView, MemberTierView } from '@shop/shared';
import { useAsyncData } from '../../../hooks/useAsyncData';
import { fetchCategories, fetchTiers } from '../api/coupon-templates';

/** The shop's tiers and categories, which coupon audiences, scopes and pushes name. */
export interface CouponLookups {
  tiers: MemberTierView[];
  categories: CategoryView[];
  tierNames: ReadonlyMap<string, string>;
  categoryNames: ReadonlyMap<number, string>;
}

const EMPTY: CouponLookups = { tiers: [], categories: [], tierNames: new Map(), categoryNames: new Map() };

/** Loaded once per page; until then (or if they cannot be read) the choices are empty and codes show as they are. */
export function useCouponLookups(): CouponLookups {
  const data = useAsyncData(async () => {
    const [tiers, categories] = await Promise.all([fetchTiers().catch(() => []), fetchCategories().catch(() => [])]);
    return { tiers, categories, tierNames: new Map(tiers.map((t) => [t.code, t.name])), categoryNames: new Map(categories.map((c) => [c.id, c.name])) };
  }, []);
  return data.data ?? EMPTY;
}
