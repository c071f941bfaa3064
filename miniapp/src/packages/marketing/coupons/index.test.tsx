import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import Taro, { routeRequests, type MockRequest } from '../../../../test/mocks/taro';
import { category, couponPush, couponStats, couponTemplate, failure, offline, ok, signInMarketer, tier } from '../testing/coupon-fixtures';
import CouponsPage from './index';

const queryOf = (request: MockRequest, name: string) => new URL(request.url, 'http://shop.test').searchParams.get(name);
const bodyOf = (request: MockRequest) => JSON.parse(JSON.stringify(request.data)) as unknown;
const type = (testId: string, value: string) => fireEvent.change(screen.getByTestId(testId), { target: { value } });
const lookups = {
  'GET /members/tiers': () => ok({ items: [tier('silver', '银卡'), tier('gold', '金卡')] }),
  'GET /categories': () => ok([category(1, '上衣'), category(2, '裤装')]),
};

describe('优惠券', () => {
  it('sends a visitor without a marketer session to the console login', async () => {
    render(<CouponsPage />);
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/marketing/login/index' }));
    expect(Taro.request).not.toHaveBeenCalled();
  });

  it('says 还没有优惠券 with 新建优惠券 when there are none', async () => {
    signInMarketer();
    routeRequests({ ...lookups, 'GET /admin/coupon-templates': () => ok({ items: [], nextCursor: null }) });
    render(<CouponsPage />);
    const empty = await screen.findByTestId('empty-state');
    expect(empty.textContent).toContain('还没有优惠券');
    expect(screen.queryByTestId('load-failed')).toBeNull();
    fireEvent.click(within(empty).getByText('新建优惠券'));
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/marketing/coupon-new/index' });
  });

  it('says 网络异常 when the list cannot be reached, never 还没有优惠券 nor a toast, and lists them after 重新加载', async () => {
    signInMarketer();
    let online = false;
    routeRequests({
      ...lookups,
      'GET /admin/coupon-templates': () => (online ? ok({ items: [couponTemplate()], nextCursor: null }) : offline()),
      'GET /admin/coupon-templates/31/stats': () => ok(couponStats()),
    });
    render(<CouponsPage />);
    expect(screen.getByTestId('skeleton')).toBeTruthy();
    const failed = await screen.findByTestId('load-failed');
    expect(failed.textContent).toContain('网络异常，点击重试');
    expect(failed.textContent).toContain('重新加载');
    expect(screen.queryByText('还没有优惠券')).toBeNull();
    expect(Taro.showToast).not.toHaveBeenCalled();
    online = true;
    fireEvent.click(within(failed).getByText('重新加载'));
    expect(await screen.findByTestId('coupon-31')).toBeTruthy();
    expect(screen.queryByTestId('load-failed')).toBeNull();
  });

  it('says 加载失败 for a server error, and keeps a card whose numbers cannot be read', async () => {
    signInMarketer();
    let up = false;
    routeRequests({
      ...lookups,
      'GET /admin/coupon-templates': () => (up ? ok({ items: [couponTemplate()], nextCursor: null }) : failure(500, 'INTERNAL', 'boom')),
      'GET /admin/coupon-templates/31/stats': () => offline(),
    });
    render(<CouponsPage />);
    expect((await screen.findByTestId('load-failed')).textContent).toContain('加载失败，点击重试');
    expect(Taro.showToast).not.toHaveBeenCalled();
    up = true;
    fireEvent.click(screen.getByText('重新加载'));
    const stats = await screen.findByTestId('coupon-stats-31-failed');
    expect(stats.textContent).toContain('网络异常，点击重试');
    expect(screen.getByTestId('coupon-31-issue-toggle')).toBeTruthy();
  });

  it('lists templates with their rules in words, issued counts, numbers and where they went; filters by status', async () => {
    signInMarketer();
    const statuses: (string | null)[] = [];
    routeRequests({
      ...lookups,
      'GET /admin/coupon-templates': (request) => {
        statuses.push(queryOf(request, 'status'));
        return ok({
          items:
            queryOf(request, 'status') === 'draft'
              ? [couponTemplate({ id: 32, name: '草稿券', status: 'draft', issuedCount: 0 })]
              : [couponTemplate({ audience: { kind: 'tiers', codes: ['gold'] }, sharedCode: 'VIP2026' }), couponTemplate({ id: 33, name: '到店礼 无门槛5元', staffHandout: true })],
          nextCursor: null,
        });
      },
      'GET /admin/coupon-templates/31/stats': () => ok(couponStats()),
      'GET /admin/coupon-templates/33/stats': () => ok(couponStats({ templateId: 33 })),
    });
    render(<CouponsPage />);
    const card = await screen.findByTestId('coupon-31');
    expect(within(card).getByTestId('coupon-name').textContent).toBe('会员日 满299减40');
    expect(screen.getByTestId('coupon-status-31').textContent).toBe('进行中');
    expect(screen.getByTestId('coupon-issued-31').textContent).toBe('已发 120 / 1000 张');
    await waitFor(() => expect(screen.getByTestId('coupon-facts-31').textContent).toContain('限金卡会员'));
    expect(screen.getByTestId('coupon-facts-31').textContent).toContain('满¥299减¥40');
    expect(screen.getByTestId('coupon-shared-code-31').textContent).toBe('通用兑换码：VIP2026');
    expect((await screen.findByTestId('coupon-stats-31-roi')).textContent).toBe('ROI8.5');
    expect(screen.getByTestId('coupon-stats-31-rate').textContent).toBe('使用率25.0%');
    expect(screen.getByTestId('coupon-sources-31').textContent).toBe('发放渠道：领券中心 100 · 兑换码 20');
    // 门店发放 is said on the card of a template store staff may hand out, and only there.
    expect(screen.getByTestId('coupon-facts-33').textContent).toContain('门店发放');
    expect(screen.getByTestId('coupon-facts-31').textContent).not.toContain('门店发放');

    fireEvent.click(screen.getByTestId('coupon-filter-draft'));
    expect(await screen.findByTestId('coupon-32')).toBeTruthy();
    // A draft has handed nothing out: no numbers to read; it can still be changed.
    expect(screen.queryByTestId('coupon-stats-32')).toBeNull();
    expect(statuses).toEqual([null, 'draft']);
    fireEvent.click(screen.getByTestId('coupon-32-edit'));
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/marketing/coupon-new/index?id=32' }));
  });

  it('names the categories of a category-scoped template, and says whether it is in 领券中心', async () => {
    signInMarketer();
    routeRequests({
      ...lookups,
      'GET /admin/coupon-templates': () => ok({ items: [couponTemplate({ scope: { kind: 'categories', ids: [1, 2] }, claimCentre: false })], nextCursor: null }),
      'GET /admin/coupon-templates/31/stats': () => ok(couponStats()),
    });
    render(<CouponsPage />);
    await waitFor(() => expect(screen.getByTestId('coupon-facts-31').textContent).toContain('限 上衣、裤装 可用'));
    expect(screen.getByTestId('coupon-facts-31').textContent).not.toContain('限指定分类商品');
    expect(screen.getByTestId('coupon-31').textContent).not.toContain('会员可在领券中心领取');
    expect(screen.getByTestId('coupon-31').textContent).toContain('不在领券中心展示');
  });

  it('draws 暂停 as a quiet button and keeps the warning colour for 结束', async () => {
    signInMarketer();
    routeRequests({ ...lookups, 'GET /admin/coupon-templates': () => ok({ items: [couponTemplate()], nextCursor: null }), 'GET /admin/coupon-templates/31/stats': () => ok(couponStats()) });
    render(<CouponsPage />);
    const pause = await screen.findByTestId('coupon-31-move-paused');
    expect(pause.className).not.toContain('submit-button--primary');
    expect(pause.className).not.toContain('mk-danger');
    expect(pause.className).toContain('submit-button--plain');
    expect(screen.getByTestId('coupon-31-move-ended').className).toContain('mk-danger');
  });

  it('moves a template through its statuses, asking before ending it for good', async () => {
    signInMarketer();
    const moves: unknown[] = [];
    routeRequests({
      ...lookups,
      'GET /admin/coupon-templates': () => ok({ items: [couponTemplate()], nextCursor: null }),
      'GET /admin/coupon-templates/31/stats': () => ok(couponStats()),
      'POST /admin/coupon-templates/31/status': (request) => {
        moves.push(bodyOf(request));
        return ok(couponTemplate({ status: (bodyOf(request) as { status: 'paused' | 'ended' }).status }));
      },
    });
    render(<CouponsPage />);
    fireEvent.click(await screen.findByTestId('coupon-31-move-paused'));
    await waitFor(() => expect(screen.getByTestId('coupon-status-31').textContent).toBe('已暂停'));
    expect(screen.getByTestId('coupon-31-move-active').textContent).toBe('恢复');

    fireEvent.click(screen.getByTestId('coupon-31-move-ended'));
    await waitFor(() => expect(screen.getByTestId('coupon-status-31').textContent).toBe('已结束'));
    expect(Taro.showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '结束活动' }));
    expect(moves).toEqual([{ status: 'paused' }, { status: 'ended' }]);
    // An ended coupon is handed out no more.
    expect(screen.queryByTestId('coupon-31-issue-toggle')).toBeNull();
  });

  it('generates single-use redeem codes, shows them once and copies them all', async () => {
    signInMarketer();
    const setClipboardData = vi.fn(async (_options: { data: string }) => undefined);
    Object.assign(Taro, { setClipboardData });
    const counts: unknown[] = [];
    routeRequests({
      ...lookups,
      'GET /admin/coupon-templates': () => ok({ items: [couponTemplate()], nextCursor: null }),
      'GET /admin/coupon-templates/31/stats': () => ok(couponStats()),
      'POST /admin/coupon-templates/31/codes': (request) => {
        counts.push(bodyOf(request));
        return ok({ templateId: 31, codes: ['ABCD2345EFGH', 'JKMN6789PQRS'] }, 201);
      },
    });
    render(<CouponsPage />);
    fireEvent.click(await screen.findByTestId('coupon-31-issue-toggle'));

    type('coupon-31-codes-count-input', '0');
    fireEvent.click(screen.getByTestId('coupon-31-codes-generate'));
    expect((await screen.findByTestId('coupon-31-codes-count-error')).textContent).toBe('一次可生成 1 到 1000 个兑换码');

    type('coupon-31-codes-count-input', '2');
    fireEvent.click(screen.getByTestId('coupon-31-codes-generate'));
    await waitFor(() => expect(screen.getAllByTestId('redeem-code').map((c) => c.textContent)).toEqual(['ABCD2345EFGH', 'JKMN6789PQRS']));
    expect(counts).toEqual([{ count: 2 }]);
    expect(screen.queryByTestId('coupon-31-codes-count-error')).toBeNull();

    fireEvent.click(screen.getByTestId('coupon-31-codes-copy'));
    await waitFor(() => expect(setClipboardData).toHaveBeenCalledWith({ data: 'ABCD2345EFGH\nJKMN6789PQRS' }));
  });

  it('sets a shared code in upper case, and says so when another coupon has it', async () => {
    signInMarketer();
    const codes: unknown[] = [];
    routeRequests({
      ...lookups,
      'GET /admin/coupon-templates': () => ok({ items: [couponTemplate()], nextCursor: null }),
      'GET /admin/coupon-templates/31/stats': () => ok(couponStats()),
      'PUT /admin/coupon-templates/31/shared-code': (request) => {
        const { code } = bodyOf(request) as { code: string };
        codes.push(code);
        return code === 'TAKEN1' ? failure(409, 'CONFLICT', '这个兑换码已被使用') : ok(couponTemplate({ sharedCode: code }));
      },
    });
    render(<CouponsPage />);
    fireEvent.click(await screen.findByTestId('coupon-31-issue-toggle'));

    type('coupon-31-shared-input', 'no!');
    fireEvent.click(screen.getByTestId('coupon-31-shared-save'));
    expect((await screen.findByTestId('coupon-31-shared-error')).textContent).toBe('通用兑换码为 4 到 32 位字母或数字');

    type('coupon-31-shared-input', 'taken1');
    fireEvent.click(screen.getByTestId('coupon-31-shared-save'));
    await waitFor(() => expect(screen.getByTestId('coupon-31-shared-error').textContent).toBe('这个兑换码已被使用'));

    type('coupon-31-shared-input', 'vip2026');
    fireEvent.click(screen.getByTestId('coupon-31-shared-save'));
    expect((await screen.findByTestId('coupon-shared-code-31')).textContent).toBe('通用兑换码：VIP2026');
    expect(codes).toEqual(['TAKEN1', 'VIP2026']);
  });

  it('pushes to a phone list after asking, follows the push to its end and reads the numbers again', async () => {
    signInMarketer();
    const pushes: unknown[] = [];
    let statsReads = 0;
    routeRequests({
      ...lookups,
      'GET /admin/coupon-templates': () => ok({ items: [couponTemplate()], nextCursor: null }),
      'GET /admin/coupon-templates/31': () => ok(couponTemplate({ issuedCount: 121 })),
      'GET /admin/coupon-templates/31/stats': () => ok(couponStats({ issued: 120 + statsReads++ })),
      'POST /admin/coupon-templates/31/pushes': (request) => {
        pushes.push(bodyOf(request));
        return ok(couponPush({ status: 'queued', total: 1, unmatched: 1 }), 201);
      },
      'GET /admin/coupon-pushes/5': () => ok(couponPush({ status: 'done', total: 1, processed: 1, issued: 1, unmatched: 1 })),
    });
    render(<CouponsPage />);
    fireEvent.click(await screen.findByTestId('coupon-31-issue-toggle'));
    fireEvent.click(screen.getByTestId('coupon-31-segment-phones'));
    type('coupon-31-push-phones', '13800138000\n1380013');
    fireEvent.click(screen.getByTestId('coupon-31-push-send'));
    expect((await screen.findByTestId('coupon-31-push-error')).textContent).toBe('「1380013」不是 11 位手机号');
    expect(pushes).toEqual([]);

    type('coupon-31-push-phones', '13800138000\n13900139000');
    fireEvent.click(screen.getByTestId('coupon-31-push-send'));
    expect((await screen.findByTestId('coupon-31-push-progress')).textContent).toBe('排队中 · 目标 1 人，已处理 0，发放 0 · 1 个手机号不是会员');
    expect(Taro.showModal).toHaveBeenCalledWith(expect.objectContaining({ content: '把「会员日 满299减40」发给2 个手机号对应的会员？已领满或不符合条件的会员会跳过。' }));
    expect(pushes).toEqual([{ segment: { kind: 'phones', phones: ['13800138000', '13900139000'] } }]);

    await waitFor(() => expect(screen.getByTestId('coupon-31-push-progress').textContent).toBe('已完成 · 目标 1 人，已处理 1，发放 1 · 1 个手机号不是会员'), { timeout: 5000 });
    await waitFor(() => expect(screen.getByTestId('coupon-issued-31').textContent).toBe('已发 121 / 1000 张'));
    await waitFor(() => expect(screen.getByTestId('coupon-stats-31-issued').textContent).toBe('已发放121'));
  });

  it('pushes to members of chosen tiers, and not at all when the marketer cancels', async () => {
    signInMarketer();
    const pushes: unknown[] = [];
    routeRequests({
      ...lookups,
      'GET /admin/coupon-templates': () => ok({ items: [couponTemplate()], nextCursor: null }),
      'GET /admin/coupon-templates/31/stats': () => ok(couponStats()),
      'POST /admin/coupon-templates/31/pushes': (request) => {
        pushes.push(bodyOf(request));
        return ok(couponPush({ segment: { kind: 'tier' }, status: 'running', total: 40, processed: 0, unmatched: 0 }), 201);
      },
      'GET /admin/coupon-pushes/5': () => ok(couponPush({ status: 'running', total: 40, processed: 20, issued: 20, unmatched: 0 })),
    });
    render(<CouponsPage />);
    fireEvent.click(await screen.findByTestId('coupon-31-issue-toggle'));
    fireEvent.click(screen.getByTestId('coupon-31-segment-tier'));
    fireEvent.click(await screen.findByTestId('coupon-31-push-tier-gold'));

    Taro.showModal.mockResolvedValueOnce({ confirm: false, cancel: true });
    fireEvent.click(screen.getByTestId('coupon-31-push-send'));
    await waitFor(() => expect(Taro.showModal).toHaveBeenCalledWith(expect.objectContaining({ content: expect.stringContaining('发给金卡会员') })));
    expect(pushes).toEqual([]);

    fireEvent.click(screen.getByTestId('coupon-31-push-send'));
    expect((await screen.findByTestId('coupon-31-push-progress')).textContent).toContain('发放中 · 目标 40 人');
    expect(pushes).toEqual([{ segment: { kind: 'tier', tierCodes: ['gold'] } }]);
    // One push at a time from this panel while it runs.
    expect(screen.getByTestId('coupon-31-push-send').getAttribute('aria-disabled')).toBe('true');
  });

  it('shows earlier pushes when the panel opens and follows one still running to its end', async () => {
    signInMarketer();
    let polls = 0;
    routeRequests({
      ...lookups,
      'GET /admin/coupon-templates': () => ok({ items: [couponTemplate()], nextCursor: null }),
      'GET /admin/coupon-templates/31': () => ok(couponTemplate({ issuedCount: 160 })),
      'GET /admin/coupon-templates/31/stats': () => ok(couponStats()),
      'GET /admin/coupon-templates/31/pushes': () =>
        ok({
          items: [
            couponPush({ id: 7, segment: { kind: 'tier' }, status: 'running', total: 40, processed: 20, issued: 20, unmatched: 0 }),
            couponPush({ id: 6, segment: { kind: 'all' }, status: 'done', total: 3, processed: 3, issued: 3, unmatched: 0 }),
          ],
          nextCursor: null,
        }),
      'GET /admin/coupon-pushes/7': () => (polls++, ok(couponPush({ id: 7, segment: { kind: 'tier' }, status: 'done', total: 40, processed: 40, issued: 40, unmatched: 0 }))),
    });
    render(<CouponsPage />);
    fireEvent.click(await screen.findByTestId('coupon-31-issue-toggle'));
    expect((await screen.findByTestId('coupon-push-7')).textContent).toContain('会员等级 · ');
    expect(screen.getByTestId('coupon-push-7').textContent).toContain('发放中 · 目标 40 人，已处理 20，发放 20');
    expect(screen.getByTestId('coupon-push-6').textContent).toContain('全部会员');
    expect(screen.getByTestId('coupon-push-6').textContent).toContain('已完成 · 目标 3 人');
    expect(screen.getByTestId('coupon-31-push-send').getAttribute('aria-disabled')).toBe('true');

    await waitFor(() => expect(screen.getByTestId('coupon-push-7').textContent).toContain('已完成 · 目标 40 人，已处理 40，发放 40'), { timeout: 5000 });
    expect(polls).toBe(1);
    expect(screen.getByTestId('coupon-31-push-send').getAttribute('aria-disabled')).toBe('false');
    await waitFor(() => expect(screen.getByTestId('coupon-issued-31').textContent).toBe('已发 160 / 1000 张'));
  });

  it('offers no push before the coupon is live', async () => {
    signInMarketer();
    routeRequests({ ...lookups, 'GET /admin/coupon-templates': () => ok({ items: [couponTemplate({ status: 'draft', issuedCount: 0 })], nextCursor: null }) });
    render(<CouponsPage />);
    fireEvent.click(await screen.findByTestId('coupon-31-issue-toggle'));
    expect(screen.getByTestId('coupon-31-issue').textContent).toContain('优惠券上线后才能推送给会员');
    expect(screen.queryByTestId('coupon-31-push-send')).toBeNull();
  });
});
