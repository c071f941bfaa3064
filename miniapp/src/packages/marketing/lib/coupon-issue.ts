import { MAX_PUSH_PHONES, couponCodeBatchSchema, couponSegmentSchema, couponSharedCodeSchema, phoneSchema, type CouponSegment } from '@shop/shared';

/** How many single-use codes to generate, as typed -> the count, or why not. */
export function checkCodeCount(typed: string): { ok: true; count: number } | { ok: false; message: string } {
  const parsed = couponCodeBatchSchema.safeParse({ count: /^\d{1,5}$/.test(typed.trim()) ? Number(typed.trim()) : NaN });
  return parsed.success ? { ok: true, count: parsed.data.count } : { ok: false, message: '一次可生成 1 到 1000 个兑换码' };
}

/** A shared code (one code for everyone, e.g. on a poster) as the server will keep it (upper case). */
export function checkSharedCode(typed: string): { ok: true; code: string } | { ok: false; message: string } {
  const parsed = couponSharedCodeSchema.safeParse({ code: typed });
  return parsed.success ? { ok: true, code: parsed.data.code } : { ok: false, message: '通用兑换码为 4 到 32 位字母或数字' };
}

export type SegmentKind = CouponSegment['kind'];

export const SEGMENT_LABELS: Record<SegmentKind, string> = {
  all: '全部会员',
  phones: '指定手机号',
  new_members: '新注册会员',
  tier: '会员等级',
  bought_in_category: '买过某分类',
  inactive_days: '沉睡会员',
};

/** The push form as typed. */
export interface SegmentForm {
  kind: SegmentKind;
  /** Numbers separated by new lines, spaces, commas or 、. */
  phones: string;
  withinDays: string;
  tierCodes: string[];
  categoryId: number | null;
  /** bought_in_category: only orders of the last N days; '' = ever. */
  boughtWithinDays: string;
  inactiveDays: string;
}

export function emptySegmentForm(): SegmentForm {
  return { kind: 'all', phones: '', withinDays: '7', tierCodes: [], categoryId: null, boughtWithinDays: '', inactiveDays: '90' };
}

const days = (text: string, max: number): number | null => {
  const n = /^\d{1,4}$/.test(text.trim()) ? Number(text.trim()) : null;
  return n !== null && n >= 1 && n <= max ? n : null;
};

/** The phone list as typed -> distinct numbers, or the first one that is not a mainland mobile number. */
export function parsePhones(text: string): { ok: true; phones: string[] } | { ok: false; message: string } {
  const phones = [...new Set(text.split(/[\s,，、;；]+/).filter(Boolean))];
  if (phones.length === 0) return { ok: false, message: '请填写至少一个手机号' };
  if (phones.length > MAX_PUSH_PHONES) return { ok: false, message: `一次最多推送 ${MAX_PUSH_PHONES} 个手机号` };
  const bad = phones.find((phone) => !phoneSchema.safeParse(phone).success);
  return bad === undefined ? { ok: true, phones } : { ok: false, message: `「${bad}」不是 11 位手机号` };
}

/** The push form -> the segment to push to, or what to fix, in words. */
export function segmentRequest(form: SegmentForm): { ok: true; segment: CouponSegment } | { ok: false; message: string } {
  let segment: CouponSegment;
  switch (form.kind) {
    case 'all':
      segment = { kind: 'all' };
      break;
    case 'phones': {
      const phones = parsePhones(form.phones);
      if (!phones.ok) return phones;
      segment = { kind: 'phones', phones: phones.phones };
      break;
    }
    case 'new_members': {
      const withinDays = days(form.withinDays, 365);
      if (withinDays === null) return { ok: false, message: '新注册会员指 1 到 365 天内注册的会员' };
      segment = { kind: 'new_members', withinDays };
      break;
    }
    case 'tier':
      if (form.tierCodes.length === 0) return { ok: false, message: '请至少选择一个会员等级' };
      segment = { kind: 'tier', tierCodes: form.tierCodes };
      break;
    case 'bought_in_category': {
      if (form.categoryId === null) return { ok: false, message: '请选择一个分类' };
      const within = form.boughtWithinDays.trim() ? days(form.boughtWithinDays, 3650) : undefined;
      if (within === null) return { ok: false, message: '购买时间为最近 1 到 3650 天，不填则不限' };
      segment = within === undefined ? { kind: 'bought_in_category', categoryId: form.categoryId } : { kind: 'bought_in_category', categoryId: form.categoryId, withinDays: within };
      break;
    }
    case 'inactive_days': {
      const inactive = days(form.inactiveDays, 3650);
      if (inactive === null) return { ok: false, message: '沉睡天数为 1 到 3650 天' };
      segment = { kind: 'inactive_days', days: inactive };
      break;
    }
  }
  const parsed = couponSegmentSchema.safeParse(segment);
  return parsed.success ? { ok: true, segment: parsed.data } : { ok: false, message: '推送对象设置有误，请检查' };
}

/** Who a push goes to, as the confirmation asks: "全部会员", "120 个手机号", "90 天未下单的会员". */
export function segmentText(segment: CouponSegment, names: { tiers?: ReadonlyMap<string, string>; categories?: ReadonlyMap<number, string> } = {}): string {
  switch (segment.kind) {
    case 'all':
      return '全部会员';
    case 'phones':
      return `${segment.phones.length} 个手机号对应的会员`;
    case 'new_members':
      return `${segment.withinDays} 天内注册的新会员`;
    case 'tier':
      return `${segment.tierCodes.map((code) => names.tiers?.get(code) ?? code).join('、')}会员`;
    case 'bought_in_category': {
      const category = names.categories?.get(segment.categoryId) ?? `分类 #${segment.categoryId}`;
      return `${segment.withinDays ? `最近 ${segment.withinDays} 天` : ''}买过「${category}」的会员`;
    }
    case 'inactive_days':
      return `${segment.days} 天未下单的会员`;
  }
}
