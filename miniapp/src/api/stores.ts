import type { StoreView } from '@shop/shared';
import { apiRequest } from './http';

export interface Position {
  lat: number;
  lng: number;
}

/** Active stores; nearest first with their distance when a position is given. */
export function fetchStores(position: Position | null = null): Promise<StoreView[]> {
  return apiRequest<StoreView[]>('/stores', { query: position ? { lat: position.lat, lng: position.lng } : {} });
}
