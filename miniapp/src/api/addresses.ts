import type { AddressInput, AddressUpdate, AddressView } from '@shop/shared';
import { apiRequest, type LoadOptions } from './http';

export async function fetchAddresses(options: LoadOptions = {}): Promise<AddressView[]> {
  return (await apiRequest<{ items: AddressView[] }>('/addresses', { quiet: options.quiet })).items;
}

export function fetchAddress(id: number): Promise<AddressView> {
  return apiRequest<AddressView>(`/addresses/${id}`);
}

export function createAddress(input: AddressInput): Promise<AddressView> {
  return apiRequest<AddressView>('/addresses', { method: 'POST', body: input });
}

export function updateAddress(id: number, change: AddressUpdate): Promise<AddressView> {
  return apiRequest<AddressView>(`/addresses/${id}`, { method: 'PATCH', body: change });
}

export function deleteAddress(id: number): Promise<void> {
  return apiRequest<void>(`/addresses/${id}`, { method: 'DELETE' });
}
