import { z } from 'zod';

/** `?lat=` with nothing after it means "not given", not 0. */
const coordinate = (limit: number) =>
  z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number().min(-limit).max(limit).optional());

/** Optional caller position; when given, stores come nearest first with their distance. */
export const storeLocationQuerySchema = z
  .object({ lat: coordinate(90), lng: coordinate(180) })
  .refine((v) => (v.lat === undefined) === (v.lng === undefined), { message: 'give both lat and lng, or neither', path: ['lat'] });
export type StoreLocationQuery = z.infer<typeof storeLocationQuerySchema>;

export interface StoreView {
  id: number;
  code: string;
  name: string;
  city: string;
  district: string;
  address: string;
  latitude: number;
  longitude: number;
  phone: string;
  openingHours: string;
  pickupEnabled: boolean;
  deliveryRadiusMeters: number;
  /** Whole metres from the position in the query; only present when lat/lng were given. */
  distanceMeters?: number;
}
