import type { CommissionReportView, DisplayMoveRequest, DisplayMoveView, Page, StaffMemberView } from '@shop/shared';
import { staffRequest, type LoadOptions, type PageOptions } from './staff-http';

/** 门店管理 (store managers): the team of the manager's own store, the samples, the team's commission. */

export function fetchTeam(cursor: string | null, { limit = 50, quiet }: PageOptions = {}): Promise<Page<StaffMemberView>> {
  return staffRequest<Page<StaffMemberView>>('/staff/team', { query: { cursor, limit }, quiet });
}

export interface NewStaffBody {
  username: string;
  displayName: string;
  password: string;
}

/** A new 店员 of the manager's store. Quiet: the form shows a taken username or a refused password in place. */
export function createStaff(body: NewStaffBody): Promise<StaffMemberView> {
  return staffRequest<StaffMemberView>('/staff/team', { method: 'POST', body: { ...body, role: 'staff' }, quiet: true });
}

export type StaffChange = { isActive: boolean } | { password: string } | { displayName: string };

export function updateStaff(id: number, change: StaffChange, quiet = false): Promise<StaffMemberView> {
  return staffRequest<StaffMemberView>(`/staff/team/${id}`, { method: 'PATCH', body: change, quiet });
}

/** Units of a SKU from the store's sellable stock to its display samples (`to_display`) or back (`to_stock`). */
export function moveDisplay(body: DisplayMoveRequest): Promise<DisplayMoveView> {
  return staffRequest<DisplayMoveView>('/admin/stock/display', { method: 'POST', body });
}

/** Every staff member's commission for a month (`YYYY-MM`, default this month) at the manager's store. */
export function fetchTeamCommission(month: string | null, { quiet }: LoadOptions = {}): Promise<CommissionReportView> {
  return staffRequest<CommissionReportView>('/staff/commission/team', { query: { month }, quiet });
}
