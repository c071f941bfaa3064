import type { StoreView } from '@shop/shared';
import { apiRequest, type LoadOptions } from './http';
import type { Position } from './stores';

/** One active store, with its distance when a position is given. */
export function fetchStore(id: number, position: Position | null = null, options: LoadOptions = {}): Promise<StoreView> {
  return apiRequest<StoreView>(`/stores/${id}`, { query: position ? { lat: position.lat, lng: position.lng } : {}, quiet: options.quiet });
}
