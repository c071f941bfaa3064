import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CouponInstanceEntity } from '../../src/coupons/coupon-instance.entity.js';
import { jobs, runJobOnce } from '../../src/jobs/scheduler.js';
import { birthdayCouponJob } from '../../src/membership/tiers/birthday-coupons.job.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { activeTemplate, marketerToken } from '../coupons/coupon-fixtures.js';
import { adminToken, DAY, member, tx } from './membership-fixtures.js';

/** 00:30 on 20 May 2027 in China, still 19 May in UTC. */
const MAY_20 = new Date('2027-05-19T16:30:00Z');

describe('birthday coupons', () => {
  let app: TestApp;
  let normalGift: number;
  let goldGift: number;

  async function memberBorn(name: string, birthday: string | null, growthFen = 0): Promise<number> {
    const { token, memberId } = await member(app, name);
    if (birthday) expect((await app.request('PATCH', '/api/v1/members/me', { token, body: { birthday } })).status).toBe(200);
    if (growthFen > 0) await tx(app.services, (m) => app.services.growth.addForPaidOrderWithin(m, memberId, growthFen));
    return memberId;
  }

  /** Template ids of the member's coupons, with the source and year they came with. */
  async function giftsOf(memberId: number): Promise<{ templateId: number; source: string; sourceRef: string | null }[]> {
    const held = await app.services.dataSource.manager.find(CouponInstanceEntity, { where: { memberId }, order: { id: 'ASC' } });
    return held.map((i) => ({ templateId: i.templateId, source: i.source, sourceRef: i.sourceRef }));
  }

  beforeAll(async () => {
    app = await startTestApp();
    const marketer = await marketerToken(app);
    const gift = { kind: 'amount_off', value: 1000, threshold: null, perMemberLimit: 10, validity: { kind: 'relative', days: 30 } };
    normalGift = await activeTemplate(app, marketer, { ...gift, name: '生日礼券' });
    goldGift = await activeTemplate(app, marketer, { ...gift, name: '金卡生日礼券', value: 5000 });
    // Admins give tiers their birthday coupon; silver keeps none.
    const admin = await adminToken(app);
    const tiers = (await app.request('GET', '/api/v1/admin/member-tiers?limit=10', { token: admin })).body.items as { id: number; code: string }[];
    for (const [code, templateId] of [['normal', normalGift], ['gold', goldGift]] as const) {
      const res = await app.request('PATCH', `/api/v1/admin/member-tiers/${tiers.find((t) => t.code === code)!.id}`, { token: admin, body: { birthdayCouponTemplateId: templateId } });
      expect(res.status).toBe(200);
      expect(res.body.birthdayCouponTemplateId).toBe(templateId);
    }
  });
  afterAll(async () => app?.close());

  it("on the birthday (China date) issues the member's current tier's coupon once; others get none", async () => {
    const today = await memberBorn('bday-today', '1990-05-20');
    const goldToday = await memberBorn('bday-gold', '1985-05-20', 600_000);
    const silverToday = await memberBorn('bday-silver', '1992-05-20', 150_000);
    const tomorrow = await memberBorn('bday-tomorrow', '1990-05-21');
    const utcToday = await memberBorn('bday-utc', '1990-05-19');
    const unknown = await memberBorn('bday-unknown', null);

    expect(jobs).toContain(birthdayCouponJob);
    expect(await runJobOnce(app.services, birthdayCouponJob, MAY_20)).toBe(2);
    expect(await giftsOf(today)).toEqual([{ templateId: normalGift, source: 'birthday', sourceRef: 'birthday:2027' }]);
    expect(await giftsOf(goldToday)).toEqual([{ templateId: goldGift, source: 'birthday', sourceRef: 'birthday:2027' }]);
    for (const none of [silverToday, tomorrow, utcToday, unknown]) expect(await giftsOf(none)).toEqual([]);
    const mine = await app.request('GET', '/api/v1/coupons/mine?status=usable', { token: await app.loginMember('bday-today') });
    expect(mine.body.items).toMatchObject([{ templateId: normalGift, source: 'birthday', value: 1000 }]);

    // Later the same day, again and again: still one each.
    expect(await birthdayCouponJob.run(app.services, new Date(MAY_20.getTime() + 12 * 3_600_000))).toBe(0);
    expect(await birthdayCouponJob.run(app.services, MAY_20)).toBe(0);
    expect(await giftsOf(today)).toHaveLength(1);
    expect(await giftsOf(goldToday)).toHaveLength(1);

    // The next day is the other member's birthday.
    expect(await birthdayCouponJob.run(app.services, new Date(MAY_20.getTime() + DAY))).toBe(1);
    expect(await giftsOf(tomorrow)).toEqual([{ templateId: normalGift, source: 'birthday', sourceRef: 'birthday:2027' }]);
  });

  it('gives one coupon a year, also when two server processes run the job at once', async () => {
    const members = [await memberBorn('bday-yearly-1', '1991-05-20'), await memberBorn('bday-yearly-2', '1993-05-20'), await memberBorn('bday-yearly-gold', '1994-05-20', 700_000)];
    const nextYear = new Date('2028-05-19T17:00:00Z');
    const other = await app.otherProcess();
    await Promise.all([birthdayCouponJob.run(app.services, MAY_20), birthdayCouponJob.run(other, MAY_20)]);
    await Promise.all([birthdayCouponJob.run(app.services, nextYear), birthdayCouponJob.run(other, nextYear), birthdayCouponJob.run(app.services, nextYear)]);
    for (const id of members) expect((await giftsOf(id)).map((g) => g.sourceRef)).toEqual(['birthday:2027', 'birthday:2028']);
  });

  it('a 29 February birthday is celebrated on 28 February when the year has no 29th', async () => {
    const leapling = await memberBorn('bday-leap', '2000-02-29');
    const feb28 = await memberBorn('bday-feb28', '1999-02-28');
    const china = (iso: string) => new Date(`${iso}T12:00:00+08:00`);
    await birthdayCouponJob.run(app.services, china('2027-02-28'));
    expect((await giftsOf(leapling)).map((g) => g.sourceRef)).toEqual(['birthday:2027']);
    expect((await giftsOf(feb28)).map((g) => g.sourceRef)).toEqual(['birthday:2027']);
    await birthdayCouponJob.run(app.services, china('2028-02-28'));
    expect((await giftsOf(leapling)).map((g) => g.sourceRef)).toEqual(['birthday:2027']);
    await birthdayCouponJob.run(app.services, china('2028-02-29'));
    expect((await giftsOf(leapling)).map((g) => g.sourceRef)).toEqual(['birthday:2027', 'birthday:2028']);
    expect((await giftsOf(feb28)).map((g) => g.sourceRef)).toEqual(['birthday:2027', 'birthday:2028']);
  });
});
