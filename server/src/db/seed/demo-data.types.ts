import type { CouponTemplateCreate } from '@shop/shared';

/** Shape of the demo shop seeded into an empty database on first start. Prices are fen. */
export interface DemoSpec {
  name: string; // e.g. 颜色
  values: string[]; // e.g. ['曜石黑', '云雾白']
}

export interface DemoSku {
  /** One value per spec name of the product, e.g. { 颜色: '曜石黑', 尺码: 'M' }. */
  specValues: Record<string, string>;
  price: number;
  memberPrice?: number;
  /** Units on hand in the central warehouse. */
  warehouseStock: number;
  /** Units on hand in each store, by store code; missing store = 0. */
  storeStock: Record<string, number>;
  /** Display samples (try-on items, never sold) in each store, by store code; missing = none. */
  displayStock?: Record<string, number>;
}

export interface DemoProduct {
  /** Stable slug, also the image file stem: public/images/products/<slug>-<n>.svg */
  slug: string;
  title: string;
  subtitle: string;
  description: string;
  specs: DemoSpec[];
  skus: DemoSku[];
  /** Image paths relative to the server's public root, e.g. /images/products/x-1.svg */
  images: string[];
  /** Historical units sold, for the sales sort. */
  sales: number;
}

export interface DemoCategory {
  code: string;
  name: string;
  icon: string;
  products: DemoProduct[];
}

export interface DemoStore {
  code: string;
  name: string;
  city: string;
  district: string;
  address: string;
  latitude: number;
  longitude: number;
  phone: string;
  openingHours: string;
  deliveryRadiusMeters: number;
}

export type StaffRole = 'staff' | 'store_manager' | 'marketer' | 'admin';

export interface DemoStaffAccount {
  username: string;
  password: string;
  displayName: string;
  role: StaffRole;
  /** Store code for staff and store managers; null for marketers and admins. */
  storeCode: string | null;
}

export interface DemoShop {
  warehouse: { code: string; name: string; city: string; address: string };
  stores: DemoStore[];
  categories: DemoCategory[];
  staff: DemoStaffAccount[];
  /** Active coupon templates; a category-scoped one names its categories by code. */
  coupons?: DemoCouponTemplate[];
  /** Group-buy campaigns running from the moment of seeding, on every active SKU of a product. */
  groupbuys?: DemoGroupbuyCampaign[];
  /** 热搜词 of the search page, in order, all switched on (the marketer manages them afterwards). */
  hotWords?: readonly string[];
}

export interface DemoGroupbuyCampaign {
  name: string;
  /** The product by its demo title. */
  productTitle: string;
  groupSize: number;
  formMinutes: number;
  /** Runs this many days from seeding. */
  days: number;
  /** Fen off each SKU's list price for the group price. */
  groupDiscount: number;
  stockCap: number;
  leaderDiscount: number | null;
}

export type DemoCouponTemplate = Omit<CouponTemplateCreate, 'scope'> & { scope: { kind: 'all' } | { kind: 'categories'; codes: string[] } };
