import type { StoreView } from '@shop/shared';
import { apiRequest, type LoadOptions } from './http';

export interface Position {
  lat: number;
  lng: number;
}

/** Active stores; nearest first with their distance when a position is given. */
export function fetchStores(position: Position | null = null, options: LoadOptions = {}): Promise<StoreView[]> {
  return apiRequest<StoreView[]>('/stores', { query: position ? { lat: position.lat, lng: position.lng } : {}, quiet: options.quiet });
}
