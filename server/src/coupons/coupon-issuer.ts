import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import type { CouponSource } from '@shop/shared';
import { affectedRows } from '../platform/transaction.js';
import { MemberEntity } from '../membership/member.entity.js';
import { CouponTemplateEntity, type CouponTemplate } from './coupon-template.entity.js';
import { CouponInstanceEntity, type CouponInstance } from './coupon-instance.entity.js';
import { CouponClaimCounterEntity } from './coupon-claim-counter.entity.js';
import { CouponEventEntity } from './coupon-event.entity.js';
import { inAudience, instanceValidity, isHandingOut } from './coupon-rules.js';

export type SkipReason = 'not_claimable' | 'audience' | 'duplicate' | 'limit_reached' | 'sold_out';

/** Members' tier codes, for `tiers` audiences; supplied by membership once tiers exist. */
export type TierLookup = (manager: EntityManager, memberIds: number[]) => Promise<Map<number, string>>;
export const noTiers: TierLookup = async () => new Map();

export interface IssueRequest {
  template: CouponTemplate;
  memberIds: number[];
  source: CouponSource;
  /** Unique per member when not null: issuing twice under the same ref gives 'duplicate'. */
  sourceRef: string | null;
  actor: string;
  /** Written on each issue event after `issued (<source>)`: where it happened (`store:<id>` for a staff grant). */
  note?: string;
  now: Date;
}

export interface IssueResult {
  issued: CouponInstance[];
  skipped: Map<number, SkipReason>;
}

/**
 * The one way coupons come into existence, for every channel. Runs inside the caller's
 * transaction and never throws for a member who cannot receive one (the result says why), so
 * a push batch can skip members without rolling back the others.
 *
 * Order matters: the template's conditional increment comes first, so its row lock serialises
 * all issuing of one template and the per-member counter rows below see no concurrent writer
 * (no insert-ignore/update deadlocks on MySQL). Both limits are still enforced by conditional
 * updates, not by the reads before them.
 */
export async function issueCoupons(manager: EntityManager, request: IssueRequest, tiers: TierLookup): Promise<IssueResult> {
  const { template, source, sourceRef, actor, now } = request;
  const note = request.note ? `issued (${source}) ${request.note}` : `issued (${source})`;
  const skipped = new Map<number, SkipReason>();
  const memberIds = [...new Set(request.memberIds)];
  if (memberIds.length > 1 && sourceRef === null) throw new Error('issuing to many members needs a sourceRef');
  if (!isHandingOut(template, now)) {
    for (const id of memberIds) skipped.set(id, 'not_claimable');
    return { issued: [], skipped };
  }

  const members = await manager.find(MemberEntity, { select: { id: true, createdAt: true }, where: { id: In(memberIds) } });
  const tierOf = template.audience.kind === 'tiers' ? await tiers(manager, memberIds) : new Map<number, string>();
  const known = new Map(members.map((m) => [m.id, m]));
  let candidates = memberIds.filter((id) => {
    const member = known.get(id);
    const ok = member !== undefined && inAudience(template, member, tierOf.get(id) ?? null, now);
    if (!ok) skipped.set(id, 'audience');
    return ok;
  });
  if (sourceRef !== null && candidates.length > 0) {
    const already = await manager.find(CouponInstanceEntity, { select: { memberId: true }, where: { memberId: In(candidates), sourceRef } });
    const had = new Set(already.map((i) => i.memberId));
    for (const id of candidates) if (had.has(id)) skipped.set(id, 'duplicate');
    candidates = candidates.filter((id) => !had.has(id));
  }
  if (candidates.length === 0) return { issued: [], skipped };

  const taken = await takeQuantity(manager, template.id, candidates.length);
  const passed = await countPerMember(manager, template, candidates);
  for (const id of candidates) if (!passed.includes(id)) skipped.set(id, 'limit_reached');
  const winners = passed.slice(0, taken);
  const soldOut = passed.slice(taken);
  for (const id of soldOut) skipped.set(id, 'sold_out');
  if (soldOut.length > 0) {
    await manager
      .createQueryBuilder()
      .update(CouponClaimCounterEntity)
      .set({ claimed: () => 'claimed - 1' })
      .where('templateId = :templateId AND memberId IN (:...ids)', { templateId: template.id, ids: soldOut })
      .execute();
  }
  if (taken > winners.length) {
    await manager
      .createQueryBuilder()
      .update(CouponTemplateEntity)
      .set({ issuedCount: () => `issuedCount - ${taken - winners.length}` })
      .where('id = :id', { id: template.id })
      .execute();
  }
  if (winners.length === 0) return { issued: [], skipped };

  const { validFrom, validUntil } = instanceValidity(template, now);
  const rows = winners.map((memberId) => ({
    templateId: template.id,
    memberId,
    status: 'available' as const,
    validFrom,
    validUntil,
    orderId: null,
    discountAmount: null,
    orderPayable: null,
    source,
    sourceRef,
  }));
  let issued: CouponInstance[];
  if (rows.length === 1) {
    const inserted = await manager.insert(CouponInstanceEntity, rows[0]!);
    issued = [await manager.findOneByOrFail(CouponInstanceEntity, { id: Number(inserted.identifiers[0]?.id) })];
  } else {
    // Multi-row insert ids are not reliable on every driver: read the rows back by their unique key.
    for (const chunk of chunks(rows, 200)) await manager.insert(CouponInstanceEntity, chunk);
    issued = await manager.find(CouponInstanceEntity, { where: { memberId: In(winners), sourceRef: sourceRef! } });
  }
  for (const chunk of chunks(issued, 200)) {
    await manager.insert(
      CouponEventEntity,
      chunk.map((i) => ({ instanceId: i.id, templateId: i.templateId, memberId: i.memberId, fromStatus: null, toStatus: 'available' as const, orderId: null, actor, note })),
    );
  }
  return { issued, skipped };
}

/** Takes up to `wanted` of the template's remaining quantity; returns how many it took. */
async function takeQuantity(manager: EntityManager, templateId: number, wanted: number): Promise<number> {
  const take = async (n: number) =>
    affectedRows(
      await manager
        .createQueryBuilder()
        .update(CouponTemplateEntity)
        .set({ issuedCount: () => `issuedCount + ${n}` })
        .where('id = :templateId AND status = :active AND issuedCount + :n <= totalQuantity', { templateId, active: 'active', n })
        .execute(),
    ) === 1;
  if (await take(wanted)) return wanted;
  // Fewer left than wanted (only a push batch gets here): take them one at a time.
  let taken = 0;
  while (wanted > 1 && taken < wanted && (await take(1))) taken++;
  return taken;
}

/**
 * Conditionally increments each candidate's counter (`claimed < perMemberLimit`) in one
 * statement and returns, in candidate order, the members whose counter it incremented: the
 * statement stamps those rows with a fresh token that this transaction then reads back.
 */
async function countPerMember(manager: EntityManager, template: CouponTemplate, candidates: number[]): Promise<number[]> {
  await manager
    .createQueryBuilder()
    .insert()
    .into(CouponClaimCounterEntity)
    .values(candidates.map((memberId) => ({ templateId: template.id, memberId, claimed: 0, batchToken: null })))
    .orIgnore()
    .updateEntity(false)
    .execute();
  const token = randomUUID();
  await manager
    .createQueryBuilder()
    .update(CouponClaimCounterEntity)
    .set({ claimed: () => 'claimed + 1', batchToken: token })
    .where('templateId = :templateId AND memberId IN (:...ids) AND claimed < :limit', { templateId: template.id, ids: candidates, limit: template.perMemberLimit })
    .execute();
  const stamped = await manager.find(CouponClaimCounterEntity, { select: { memberId: true }, where: { templateId: template.id, batchToken: token } });
  const ok = new Set(stamped.map((c) => c.memberId));
  return candidates.filter((id) => ok.has(id));
}

function chunks<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}
