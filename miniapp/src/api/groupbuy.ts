import type { GroupbuyGroupView, GroupbuyOfferView, GroupbuyOrderRequest, MyGroupbuyView, OrderView, Page } from '@shop/shared';
import { apiRequest } from './http';

/** GET /products/:id/groupbuy: the product's running campaigns and the groups one can join now. */
export interface ProductGroupbuyView {
  offers: GroupbuyOfferView[];
  openGroups: GroupbuyGroupView[];
}

/** What starting or joining a group answers: the member's new order and the group it holds a seat in. */
export interface GroupOrderView {
  order: OrderView;
  group: GroupbuyGroupView;
}

/** The server fills the note's default. */
export type GroupOrderBody = Omit<GroupbuyOrderRequest, 'buyerNote'> & Partial<Pick<GroupbuyOrderRequest, 'buyerNote'>>;

export function fetchProductGroupbuy(productId: number, options: { quiet?: boolean } = {}): Promise<ProductGroupbuyView> {
  return apiRequest<ProductGroupbuyView>(`/products/${productId}/groupbuy`, { quiet: options.quiet });
}

/** A group as anyone with its link sees it (no login needed). */
export function fetchGroup(groupId: number): Promise<GroupbuyGroupView> {
  return apiRequest<GroupbuyGroupView>(`/groupbuy/groups/${groupId}`, { quiet: true });
}

/** Starts a group as its leader; the same key with the same body answers the same order. */
export function startGroup(body: GroupOrderBody & { campaignId: number }, idempotencyKey: string): Promise<GroupOrderView> {
  return apiRequest<GroupOrderView>('/groupbuy/groups', { method: 'POST', body, headers: { 'Idempotency-Key': idempotencyKey } });
}

/** Takes a seat in a group from its share link. */
export function joinGroup(groupId: number, body: GroupOrderBody, idempotencyKey: string): Promise<GroupOrderView> {
  return apiRequest<GroupOrderView>(`/groupbuy/groups/${groupId}/join`, { method: 'POST', body, headers: { 'Idempotency-Key': idempotencyKey } });
}

/** The member's seats in groups, newest first, each with their own order. */
export function fetchMyGroups(cursor: string | null = null, limit = 20, options: { quiet?: boolean } = {}): Promise<Page<MyGroupbuyView>> {
  return apiRequest<Page<MyGroupbuyView>>('/groupbuy/mine', { query: { cursor, limit }, quiet: options.quiet, noLoginRedirect: options.quiet });
}
