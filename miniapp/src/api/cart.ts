import type { CartUpdateRequest, CartView } from '@shop/shared';
import { apiRequest, type LoadOptions } from './http';

/** Every cart write answers with the whole, re-priced cart. */
export function fetchCart(options: LoadOptions = {}): Promise<CartView> {
  return apiRequest<CartView>('/cart', { quiet: options.quiet });
}

export function addToCart(skuId: number, qty: number): Promise<CartView> {
  return apiRequest<CartView>('/cart/items', { method: 'POST', body: { skuId, qty } });
}

export function updateCartLine(lineId: number, change: CartUpdateRequest): Promise<CartView> {
  return apiRequest<CartView>(`/cart/items/${lineId}`, { method: 'PATCH', body: change });
}

export function removeCartLine(lineId: number): Promise<CartView> {
  return apiRequest<CartView>(`/cart/items/${lineId}`, { method: 'DELETE' });
}
