import type { StoreView } from '@shop/shared';

/** Stores are in China: their hours are read on Beijing time whatever the phone's zone. */
const BEIJING_OFFSET_MS = 8 * 3600 * 1000;

/** "10:00-22:00" -> open right now? null when the hours are not in that form (then we just show them). */
export function isOpenNow(openingHours: string, now = Date.now()): boolean | null {
  const match = /^(\d{1,2}):(\d{2})\s*[-–~至]\s*(\d{1,2}):(\d{2})$/.exec(openingHours.trim());
  if (!match) return null;
  const [opens, closes] = [Number(match[1]) * 60 + Number(match[2]), Number(match[3]) * 60 + Number(match[4])];
  const beijing = new Date(now + BEIJING_OFFSET_MS);
  const minute = beijing.getUTCHours() * 60 + beijing.getUTCMinutes();
  // Hours past midnight ("18:00-02:00") wrap around.
  return opens <= closes ? minute >= opens && minute < closes : minute >= opens || minute < closes;
}

/** Amap's marker page (works in any browser, offers the Amap app): H5's "到这里去". */
export function mapLink(store: Pick<StoreView, 'latitude' | 'longitude' | 'name'>): string {
  const name = encodeURIComponent(store.name);
  return `https://uri.amap.com/marker?position=${store.longitude},${store.latitude}&name=${name}&coordinate=gaode&callnative=1`;
}

/** "上海市静安区愚园路568号1层" without repeating the city when the address has it. */
export function fullAddress(store: Pick<StoreView, 'city' | 'district' | 'address'>): string {
  return store.address.startsWith(store.city) ? store.address : `${store.city}${store.district}${store.address}`;
}
