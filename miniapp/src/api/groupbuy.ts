import type { GroupbuyCampaignCard, GroupbuyGroupDetailView, GroupbuyGroupView, GroupbuyOfferView, GroupbuyOrderRequest, MyGroupFilter, MyGroupbuyView, OrderGroupFacts, OrderView, Page } from '@shop/shared';
import { ApiError } from './errors';
import { apiRequest, type LoadOptions } from './http';

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

export function fetchProductGroupbuy(productId: number, options: LoadOptions = {}): Promise<ProductGroupbuyView> {
  return apiRequest<ProductGroupbuyView>(`/products/${productId}/groupbuy`, { quiet: options.quiet });
}

/** Running campaigns, soonest ending first, each with its cheapest group price: the home page's 拼团 section. */
export async function fetchRunningCampaigns(limit: number): Promise<GroupbuyCampaignCard[]> {
  return (await apiRequest<{ items: GroupbuyCampaignCard[] }>('/groupbuy/campaigns', { query: { limit }, quiet: true, noLoginRedirect: true })).items;
}

/**
 * A group as anyone with its link sees it (no login needed); a signed-in member also gets their
 * own seat in it. A token the server no longer accepts is dropped and the group asked for again
 * without it: a share link never sends anyone to the login page.
 */
export async function fetchGroup(groupId: number): Promise<GroupbuyGroupDetailView> {
  const load = () => apiRequest<GroupbuyGroupDetailView>(`/groupbuy/groups/${groupId}`, { quiet: true, noLoginRedirect: true });
  try {
    return await load();
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return load();
    throw error;
  }
}

/** The order detail as GET /orders/:id answers it for a group-buy order: with the group its seat is in. */
export type GroupOrderDetail = OrderView & Partial<OrderGroupFacts>;

/** Starts a group as its leader; the same key with the same body answers the same order. */
export function startGroup(body: GroupOrderBody & { campaignId: number }, idempotencyKey: string): Promise<GroupOrderView> {
  return apiRequest<GroupOrderView>('/groupbuy/groups', { method: 'POST', body, headers: { 'Idempotency-Key': idempotencyKey } });
}

/** Takes a seat in a group from its share link. */
export function joinGroup(groupId: number, body: GroupOrderBody, idempotencyKey: string): Promise<GroupOrderView> {
  return apiRequest<GroupOrderView>(`/groupbuy/groups/${groupId}/join`, { method: 'POST', body, headers: { 'Idempotency-Key': idempotencyKey } });
}

/** The member's seats in groups, newest first, each with their own order; `status` keeps one tab of 我的拼团. */
export function fetchMyGroups(cursor: string | null = null, limit = 20, options: LoadOptions & { status?: MyGroupFilter } = {}): Promise<Page<MyGroupbuyView>> {
  return apiRequest<Page<MyGroupbuyView>>('/groupbuy/mine', { query: { cursor, limit, status: options.status }, quiet: options.quiet });
}
