import { distanceMeters, type LatLng } from '../stores/geo.js';

/** A store that could ship a delivery order: where it is, how far it delivers, and whether it holds every line. */
export interface DispatchCandidate {
  storeId: number;
  position: LatLng;
  radiusMeters: number;
  hasEveryLine: boolean;
}

/**
 * The store a delivery order ships from: the nearest one whose delivery radius covers the
 * address and that holds every line (ties: lower store id). Null: the warehouse ships it,
 * also when the address has no coordinates.
 */
export function chooseDispatchStore(destination: { latitude?: number | null; longitude?: number | null } | null, candidates: readonly DispatchCandidate[]): { storeId: number; distanceMeters: number } | null {
  if (!destination || typeof destination.latitude !== 'number' || typeof destination.longitude !== 'number') return null;
  const to: LatLng = { latitude: destination.latitude, longitude: destination.longitude };
  let best: { storeId: number; distanceMeters: number } | null = null;
  for (const candidate of candidates) {
    if (!candidate.hasEveryLine) continue;
    const distance = distanceMeters(candidate.position, to);
    if (distance > candidate.radiusMeters) continue;
    if (!best || distance < best.distanceMeters || (distance === best.distanceMeters && candidate.storeId < best.storeId)) best = { storeId: candidate.storeId, distanceMeters: distance };
  }
  return best;
}

/** What the buyer is told about arrival: a store delivers today, the warehouse in 1-3 days. */
export function deliveryEta(fromStore: boolean): string {
  return fromStore ? '门店发货，预计今日送达' : '仓库发货，预计 1-3 天送达';
}
