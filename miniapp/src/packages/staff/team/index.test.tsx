import type { StaffMemberView } from '@shop/shared';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import Taro, { routeRequests, type MockRequest } from '../../../../test/mocks/taro';
import CommissionPage from '../commission/index';
import { saveStaffSession } from '../lib/staff-session';
import { failure, offline, ok, productSummary, signInStaff, staffLoginAnswer, teeDetail } from '../testing/fixtures';
import TeamPage from './index';

function teamMember(fields: Partial<StaffMemberView> = {}): StaffMemberView {
  return { id: 21, username: 'staff.ja1', displayName: '李晓雯', role: 'staff', storeId: 1, storeName: '栖行 静安体验店', isActive: true, createdAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-01T00:00:00.000Z', ...fields };
}

const MANAGER = teamMember({ id: 20, username: 'manager.ja', displayName: '陈思远', role: 'store_manager' });

function signInManager() {
  return saveStaffSession(staffLoginAnswer({ id: 20, username: 'manager.ja', displayName: '陈思远', role: 'store_manager' }));
}

const report = (month: string) =>
  ok({
    month,
    from: '',
    to: '',
    rateBasisPoints: 300,
    store: { id: 1, name: '栖行 静安体验店' },
    rows: [{ staffId: 21, username: 'staff.ja1', displayName: '李晓雯', role: 'staff', isActive: true, storeId: 1, storeName: '栖行 静安体验店', orders: 2, paid: 31800, refunded: 0, net: 31800, commission: 954 }],
    totals: { orders: 2, paid: 31800, refunded: 0, net: 31800, commission: 954 },
  });

/** The manager's store: the team as the server keeps it, and every write recorded. */
function serveTeam(members: StaffMemberView[]) {
  const writes: { method: string; path: string; body: unknown }[] = [];
  const record = (request: MockRequest) => writes.push({ method: request.method!, path: request.url.replace(/^.*\/api\/v1/, ''), body: request.data });
  routeRequests({
    'GET /staff/team': () => ok({ items: members, nextCursor: null }),
    'GET /staff/commission/team': (request) => report(new URL(request.url, 'http://x').searchParams.get('month') ?? '2026-11'),
    'POST /staff/team': (request) => {
      record(request);
      const body = request.data as { username: string; displayName: string };
      if (body.username === 'staff.ja1') return failure(409, 'CONFLICT', '该用户名已被使用，请换一个');
      const created = teamMember({ id: 30 + members.length, username: body.username, displayName: body.displayName });
      members.push(created);
      return { statusCode: 201, data: created };
    },
    ...Object.fromEntries(
      members.map((m) => [
        `PATCH /staff/team/${m.id}`,
        (request: MockRequest) => {
          record(request);
          const change = request.data as Partial<StaffMemberView>;
          return ok({ ...m, ...(change.isActive === undefined ? {} : { isActive: change.isActive }) });
        },
      ]),
    ),
  });
  return writes;
}

describe('门店管理', () => {
  it('is a tab for store managers only', async () => {
    signInStaff();
    routeRequests({ 'GET /staff/commission': () => ok({ month: '2026-11', from: '', to: '', rateBasisPoints: 300, staff: {}, orders: 0, paid: 0, refunded: 0, net: 0, commission: 0, items: [], nextCursor: null }) });
    const { unmount } = render(<CommissionPage />);
    expect(screen.getByTestId('staff-nav-commission')).toBeTruthy();
    expect(screen.queryByTestId('staff-nav-team')).toBeNull();
    unmount();

    signInManager();
    serveTeam([MANAGER]);
    render(<CommissionPage />);
    fireEvent.click(screen.getByTestId('staff-nav-team'));
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/staff/team/index' });
  });

  it('tells a staff member who opens it that it is for managers, without asking the server', async () => {
    signInStaff();
    routeRequests({});
    render(<TeamPage />);
    expect((await screen.findByText('仅店长可使用门店管理')).textContent).toBe('仅店长可使用门店管理');
    expect(Taro.request).not.toHaveBeenCalledWith(expect.objectContaining({ url: expect.stringContaining('/staff/team') }));
  });

  it("lists the team; a staff member can be deactivated and reactivated, the manager's own row has no actions", async () => {
    signInManager();
    const writes = serveTeam([MANAGER, teamMember(), teamMember({ id: 22, username: 'staff.ja2', displayName: '王浩' })]);
    render(<TeamPage />);
    await waitFor(() => expect(screen.getAllByTestId('team-member')).toHaveLength(3));
    const [me, li] = screen.getAllByTestId('team-member') as [HTMLElement, HTMLElement];
    expect(me.textContent).toContain('陈思远（我）');
    expect(me.textContent).toContain('manager.ja · 店长');
    expect(within(me).queryByTestId('team-member-toggle')).toBeNull();

    fireEvent.click(within(li).getByTestId('team-member-toggle'));
    await waitFor(() => expect(within(li).getByTestId('team-member-status').textContent).toBe('已停用'));
    expect(Taro.showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '停用账号' }));
    expect(writes).toEqual([{ method: 'PATCH', path: '/staff/team/21', body: { isActive: false } }]);
    expect(within(li).getByTestId('team-member-toggle').textContent).toBe('启用');

    fireEvent.click(within(li).getByTestId('team-member-toggle'));
    await waitFor(() => expect(within(li).getByTestId('team-member-status').textContent).toBe('在职'));
    expect(writes[1]).toEqual({ method: 'PATCH', path: '/staff/team/21', body: { isActive: true } });
  });

  it('keeps an account active when the manager cancels the deactivation', async () => {
    signInManager();
    const writes = serveTeam([MANAGER, teamMember()]);
    Taro.showModal.mockResolvedValueOnce({ confirm: false, cancel: true });
    render(<TeamPage />);
    await waitFor(() => expect(screen.getAllByTestId('team-member')).toHaveLength(2));
    fireEvent.click(screen.getByTestId('team-member-toggle'));
    await waitFor(() => expect(Taro.showModal).toHaveBeenCalled());
    expect(writes).toEqual([]);
  });

  it('resets a password after checking the policy on the tablet', async () => {
    signInManager();
    const writes = serveTeam([MANAGER, teamMember()]);
    render(<TeamPage />);
    fireEvent.click(await screen.findByTestId('team-member-reset'));
    fireEvent.change(screen.getByTestId('team-reset-password'), { target: { value: 'short' } });
    fireEvent.click(screen.getByTestId('team-reset-submit'));
    expect((await screen.findByTestId('team-reset-error')).textContent).toBe('密码至少 8 位');
    expect(writes).toEqual([]);

    fireEvent.change(screen.getByTestId('team-reset-password'), { target: { value: 'Renewed-2027' } });
    fireEvent.click(screen.getByTestId('team-reset-submit'));
    await waitFor(() => expect(writes).toEqual([{ method: 'PATCH', path: '/staff/team/21', body: { password: 'Renewed-2027' } }]));
    await waitFor(() => expect(screen.queryByTestId('team-reset-password')).toBeNull());
  });

  it('adds a staff member: checks the form first, shows a taken name in place, then lists the new one', async () => {
    signInManager();
    const writes = serveTeam([MANAGER]);
    render(<TeamPage />);
    await waitFor(() => expect(screen.getAllByTestId('team-member')).toHaveLength(1));
    const type = (id: string, value: string) => fireEvent.change(screen.getByTestId(id), { target: { value } });

    type('team-add-username', 'staff.ja1');
    type('team-add-name', '赵小满');
    type('team-add-password', 'onlyletters');
    fireEvent.click(screen.getByTestId('team-add-submit'));
    expect((await screen.findByTestId('team-add-error')).textContent).toBe('密码需包含数字');
    expect(writes).toEqual([]);

    type('team-add-password', 'Welcome-2026');
    fireEvent.click(screen.getByTestId('team-add-submit'));
    await waitFor(() => expect(screen.getByTestId('team-add-error').textContent).toBe('该用户名已被使用，请换一个'));

    type('team-add-username', 'Staff.JA3');
    fireEvent.click(screen.getByTestId('team-add-submit'));
    await waitFor(() => expect(screen.getAllByTestId('team-member')).toHaveLength(2));
    expect(writes[1]).toEqual({ method: 'POST', path: '/staff/team', body: { username: 'staff.ja3', displayName: '赵小满', password: 'Welcome-2026', role: 'staff' } });
    expect(screen.getAllByTestId('team-member-name')[1]!.textContent).toBe('赵小满');
    expect((screen.getByTestId('team-add-username') as HTMLInputElement).value).toBe('');
  });

  it("moves units of a SKU between the store's sellable stock and its display samples", async () => {
    signInManager();
    const moves: unknown[] = [];
    routeRequests({
      'GET /staff/team': () => ok({ items: [MANAGER], nextCursor: null }),
      'GET /staff/commission/team': () => report('2026-11'),
      'GET /products': () => ok({ items: [productSummary()], nextCursor: null }),
      'GET /products/2': () => ok(teeDetail()),
      'GET /staff/display-samples': () => ok([{ skuId: 201, units: 1 }, { skuId: 202, units: 0 }]),
      'POST /admin/stock/display': (request) => {
        moves.push(request.data);
        const stock = (available: number) => ({ id: 1, skuId: 201, skuCode: 'K201', title: '', specText: '', locationId: 1, locationCode: '', onHand: available, reserved: 0, available, updatedAt: '' });
        return ok({ sellable: stock(22), display: stock(3) });
      },
    });
    render(<TeamPage />);
    const desk = await screen.findByTestId('samples-desk');
    fireEvent.click(await within(desk).findByText('重磅纯棉圆领T恤'));
    await waitFor(() => expect(within(desk).getAllByTestId('sample-row')).toHaveLength(2));
    const white = within(desk).getAllByTestId('sample-row')[0]!;
    expect(within(white).getByTestId('sample-sellable').textContent).toBe('可售 24 件');
    expect(within(white).getByTestId('sample-units').textContent).toBe('样品 1 件');
    fireEvent.click(within(white).getByTestId('sample-qty-plus'));
    fireEvent.click(within(white).getByTestId('sample-to-display'));
    await waitFor(() => expect(within(white).getByTestId('sample-units').textContent).toBe('样品 3 件'));
    expect(within(white).getByTestId('sample-sellable').textContent).toBe('可售 22 件');
    expect(moves).toEqual([{ storeId: 1, skuId: 201, quantity: 2, direction: 'to_display', reason: '转为样品' }]);
    // 橄榄绿 has neither stock nor samples here: nothing to move.
    const green = within(desk).getAllByTestId('sample-row')[1]!;
    expect(within(green).getByTestId('sample-to-display').getAttribute('aria-disabled')).toBe('true');
    expect(within(green).getByTestId('sample-to-stock').getAttribute('aria-disabled')).toBe('true');
  });

  it("shows the team's commission for the month", async () => {
    signInManager();
    serveTeam([MANAGER]);
    render(<TeamPage />);
    await waitFor(() => expect(screen.getByTestId('team-commission').querySelector('[data-testid="figure-commission"]')?.textContent).toBe('提成（3%）¥9.54'));
    expect(screen.getByTestId('team-commission-row').textContent).toContain('李晓雯');
    expect(screen.getByTestId('team-commission-row').textContent).toContain('2 单');
  });

  it("keeps the desk when the team's commission cannot be read: 网络异常 in its card, the month after 重新加载", async () => {
    signInManager();
    let online = false;
    routeRequests({
      'GET /staff/team': () => ok({ items: [MANAGER], nextCursor: null }),
      'GET /products': () => ok({ items: [productSummary()], nextCursor: null }),
      'GET /staff/commission/team': (request) => (online ? report(new URL(request.url, 'http://x').searchParams.get('month')!) : offline()),
    });
    render(<TeamPage />);
    const failed = await screen.findByTestId('team-commission-failed');
    expect(failed.textContent).toContain('网络异常，点击重试');
    // The rest of the desk stands.
    expect((await screen.findAllByTestId('team-member')).length).toBe(1);
    expect(screen.getByTestId('team-add')).toBeTruthy();
    expect(Taro.showToast).not.toHaveBeenCalled();

    online = true;
    fireEvent.click(within(failed).getByText('重新加载'));
    await waitFor(() => expect(screen.getByTestId('team-commission').querySelector('[data-testid="figure-commission"]')?.textContent).toBe('提成（3%）¥9.54'));
    // Another month starts from its skeleton, not from this month's figures.
    fireEvent.click(screen.getByTestId('team-month-prev'));
    expect(within(screen.getByTestId('team-commission')).getByTestId('skeleton')).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('team-commission-row')).toBeTruthy());
  });

  it('says 加载失败 for a team list the server could not read, and lists it after 重新加载', async () => {
    signInManager();
    let up = false;
    routeRequests({
      'GET /staff/team': () => (up ? ok({ items: [MANAGER], nextCursor: null }) : failure(500, 'INTERNAL', 'boom')),
      'GET /products': () => ok({ items: [], nextCursor: null }),
      'GET /staff/commission/team': () => report('2026-11'),
    });
    render(<TeamPage />);
    const failed = await screen.findByTestId('load-failed');
    expect(failed.textContent).toContain('加载失败，点击重试');
    expect(screen.queryByText('本店还没有员工账号')).toBeNull();
    up = true;
    fireEvent.click(within(failed).getByText('重新加载'));
    expect((await screen.findByTestId('team-member')).textContent).toContain('陈思远（我）');
  });
});
