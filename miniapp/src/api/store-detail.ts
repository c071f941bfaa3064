import type { StoreView } from '@shop/shared';
import { apiRequest } from './http';
import type { Position } from './stores';

/** One active store, with its distance when a position is given. */
export function fetchStore(id: number, position: Position | null = null): Promise<StoreView> {
  return apiRequest<StoreView>(`/stores/${id}`, { query: position ? { lat: position.lat, lng: position.lng } : {} });
}
