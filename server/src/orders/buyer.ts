import { z } from 'zod';
import { idempotencyKeySchema } from '@shop/shared';
import { requireMember } from '../http/auth.js';
import type { AppContext } from '../http/context.js';
import { validate } from '../http/validate.js';
import type { MemberBuyer } from './orders.service.js';

const idempotencyHeaderSchema = z.object({ 'Idempotency-Key': idempotencyKeySchema });

/** The signed-in consumer as a buyer in the mini-program channel. */
export function consumerBuyer(ctx: AppContext): MemberBuyer {
  const memberId = requireMember(ctx.state.principal);
  return { memberId, channel: 'miniapp', staffId: null, actor: `member:${memberId}` };
}

/** The request's Idempotency-Key header, validated; null when absent. */
export function idempotencyKeyOf(ctx: AppContext): string | null {
  const rawKey = ctx.get('idempotency-key');
  return rawKey ? validate(idempotencyHeaderSchema, { 'Idempotency-Key': rawKey })['Idempotency-Key'] : null;
}
