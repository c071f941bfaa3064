import { couponTemplateCreateSchema, fenToYuanText, parseYuan, type CouponKind, type CouponTemplateCreate, type CouponTemplateView } from '@shop/shared';
import { formatDateTime } from '../../../lib/format';
import { parseLocalDateTime } from './campaign-form';

export type ScopeKind = 'all' | 'categories' | 'products';
export type AudienceKind = 'everyone' | 'new_members' | 'tiers';
export type ValidityKind = 'relative' | 'fixed';

/** The new-coupon form as typed: strings where people type, so half-typed values survive a kind switch. */
export interface CouponForm {
  name: string;
  kind: CouponKind;
  /** Yuan off (满减 and 无门槛). */
  amount: string;
  /** 折 as shoppers say it: "8.5" = 8.5折 = 85% paid (折扣). */
  discount: string;
  /** Yuan the order must reach; required for 满减, optional for 折扣 and 包邮, none for 无门槛. */
  threshold: string;
  /** 每满减: the reduction repeats for every full threshold. */
  repeat: boolean;
  /** Most yuan off (折扣, 每满减); '' = no cap. */
  cap: string;
  scopeKind: ScopeKind;
  categoryIds: number[];
  products: { id: number; title: string }[];
  /** Products the coupon never covers, whatever the scope (e.g. new arrivals). */
  excludedProducts: { id: number; title: string }[];
  audienceKind: AudienceKind;
  newWithinDays: string;
  tierCodes: string[];
  totalQuantity: string;
  perMemberLimit: string;
  validityKind: ValidityKind;
  validDays: string;
  /** "YYYY-MM-DD" (from the start / to the end of that day) or "YYYY-MM-DD HH:mm". */
  validFrom: string;
  validUntil: string;
  /** The claim window, same formats; '' = open on that side. */
  claimStartsAt: string;
  claimEndsAt: string;
  /** Part of the welcome pack every new member gets on first login. */
  welcome: boolean;
  /** Listed in the claim centre; off for coupons handed out only by codes, pushes or the welcome pack. */
  claimCentre: boolean;
  /** 门店发放: store staff may hand it to a member identified at the counter, within their daily quota. */
  staffHandout: boolean;
}

export type CouponFormField =
  | 'name'
  | 'value'
  | 'threshold'
  | 'cap'
  | 'scope'
  | 'audience'
  | 'totalQuantity'
  | 'perMemberLimit'
  | 'validDays'
  | 'validFrom'
  | 'validUntil'
  | 'claimStartsAt'
  | 'claimEndsAt'
  | 'form';
export type CouponFormErrors = Partial<Record<CouponFormField, string>>;

/** Which problems a change to each form field may settle (a new kind asks for other values). */
const FIELD_ERRORS: Partial<Record<keyof CouponForm, readonly CouponFormField[]>> = {
  name: ['name'],
  kind: ['value', 'threshold', 'cap', 'scope'],
  amount: ['value', 'threshold'],
  discount: ['value'],
  threshold: ['threshold'],
  repeat: ['cap'],
  cap: ['cap'],
  scopeKind: ['scope'],
  categoryIds: ['scope'],
  products: ['scope'],
  excludedProducts: ['scope'],
  audienceKind: ['audience'],
  newWithinDays: ['audience'],
  tierCodes: ['audience'],
  totalQuantity: ['totalQuantity', 'perMemberLimit'],
  perMemberLimit: ['perMemberLimit'],
  validityKind: ['validDays', 'validFrom', 'validUntil', 'claimEndsAt'],
  validDays: ['validDays'],
  validFrom: ['validFrom', 'validUntil'],
  validUntil: ['validUntil', 'claimEndsAt'],
  claimStartsAt: ['claimStartsAt', 'claimEndsAt'],
  claimEndsAt: ['claimEndsAt'],
};

/**
 * The problems still standing once the `changed` fields were edited: a field's error goes as soon as
 * it changes (submitting checks everything again), the others stay.
 */
export function errorsAfterEdit(errors: CouponFormErrors, changed: readonly (keyof CouponForm)[]): CouponFormErrors {
  const settled = new Set(changed.flatMap((field) => FIELD_ERRORS[field] ?? []));
  if (![...settled].some((field) => field in errors)) return errors;
  return Object.fromEntries(Object.entries(errors).filter(([field]) => !settled.has(field as CouponFormField))) as CouponFormErrors;
}

/** What each kind is called in the console, and which form fields it takes. */
export const COUPON_KIND_LABELS: Record<CouponKind, string> = { threshold_off: '满减券', percent_off: '折扣券', amount_off: '无门槛券', free_shipping: '包邮券' };

export function kindTakes(kind: CouponKind): { amount: boolean; discount: boolean; threshold: 'required' | 'optional' | 'none'; repeat: boolean; scope: boolean } {
  return {
    amount: kind === 'threshold_off' || kind === 'amount_off',
    discount: kind === 'percent_off',
    threshold: kind === 'threshold_off' ? 'required' : kind === 'amount_off' ? 'none' : 'optional',
    repeat: kind === 'threshold_off',
    scope: kind !== 'free_shipping',
  };
}

/** Whether a cap means anything for these rules (the server refuses one elsewhere). */
export const capApplies = (form: Pick<CouponForm, 'kind' | 'repeat'>) => form.kind === 'percent_off' || (form.kind === 'threshold_off' && form.repeat);

const dayText = (date: Date) => formatDateTime(date.toISOString()).slice(0, 10);

/** A fresh form: 满减, 1000 coupons, one each, usable 30 days after receipt, for everyone on everything. */
export function emptyCouponForm(now: Date): CouponForm {
  return {
    name: '',
    kind: 'threshold_off',
    amount: '',
    discount: '',
    threshold: '',
    repeat: false,
    cap: '',
    scopeKind: 'all',
    categoryIds: [],
    products: [],
    excludedProducts: [],
    audienceKind: 'everyone',
    newWithinDays: '7',
    tierCodes: [],
    totalQuantity: '1000',
    perMemberLimit: '1',
    validityKind: 'relative',
    validDays: '30',
    validFrom: dayText(now),
    validUntil: dayText(new Date(now.getTime() + 30 * 86_400_000)),
    claimStartsAt: '',
    claimEndsAt: '',
    welcome: false,
    // Not listed until the marketer says so: a coupon meant for codes or pushes must not be claimable by all.
    claimCentre: false,
    staffHandout: false,
  };
}

/**
 * "YYYY-MM-DD HH:mm" as typed, or a bare "YYYY-MM-DD": the start of that day, or (`edge` 'end')
 * the start of the next, so "至 2026-12-31" covers all of the 31st. Device time zone.
 */
export function parseFormMoment(text: string, edge: 'start' | 'end'): Date | null {
  const trimmed = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) {
    const start = parseLocalDateTime(`${trimmed} 00:00`);
    if (!start) return null;
    return edge === 'start' ? start : new Date(start.getFullYear(), start.getMonth(), start.getDate() + 1);
  }
  return parseLocalDateTime(trimmed);
}

const wholeNumber = (text: string): number | null => (/^\d{1,8}$/.test(text.trim()) ? Number(text.trim()) : null);

/** "8.5" or "8.5折" -> 85 (percent paid); null unless 0.1折..9.9折 in tenths. */
export function parseDiscount(text: string): number | null {
  const match = /^(\d)(?:\.(\d))?折?$/.exec(text.trim());
  if (!match) return null;
  const percent = Number(match[1]) * 10 + Number(match[2] ?? '0');
  return percent >= 1 && percent <= 99 ? percent : null;
}

const MOMENT_FORMAT = '请按 2026-12-01 或 2026-12-01 10:00 的格式填写';

/** Which form field a problem the shared schema found belongs to. */
function fieldOf(path: readonly PropertyKey[]): CouponFormField {
  const [head, sub] = path;
  if (head === 'value' || head === 'threshold' || head === 'cap' || head === 'name' || head === 'totalQuantity' || head === 'perMemberLimit' || head === 'claimStartsAt' || head === 'claimEndsAt') return head;
  if (head === 'scope' || head === 'excludeProductIds') return 'scope';
  if (head === 'audience') return 'audience';
  if (head === 'validity') return sub === 'days' ? 'validDays' : sub === 'from' ? 'validFrom' : 'validUntil';
  return 'form';
}

/**
 * The form -> the create request, or what to fix, field by field, in words. Checks what the
 * server checks; the shared schema runs last, so nothing it refuses gets through unexplained.
 */
export function couponRequest(form: CouponForm): { ok: true; body: CouponTemplateCreate } | { ok: false; errors: CouponFormErrors } {
  const errors: CouponFormErrors = {};
  const takes = kindTakes(form.kind);

  const name = form.name.trim();
  if (!name) errors.name = '请填写优惠券名称';
  else if (name.length > 60) errors.name = '优惠券名称最多 60 个字';

  let value = 0;
  if (takes.amount) {
    const amount = parseYuan(form.amount);
    if (amount === null || amount <= 0) errors.value = '请填写优惠金额，如 20 或 9.9';
    else value = amount;
  } else if (takes.discount) {
    const percent = parseDiscount(form.discount);
    if (percent === null) errors.value = '请填写折扣，如 8.5 表示 8.5 折（0.1 到 9.9）';
    else value = percent;
  }

  let threshold: number | null = null;
  if (takes.threshold !== 'none' && form.threshold.trim()) {
    threshold = parseYuan(form.threshold);
    if (threshold === null || threshold <= 0) errors.threshold = '请填写订单满多少元可用，如 199';
    else if (form.kind === 'threshold_off' && !errors.value && threshold <= value) errors.threshold = '门槛必须高于优惠金额';
  } else if (takes.threshold === 'required') {
    errors.threshold = '满减券请填写使用门槛，如 满 199 元';
  }

  const repeat = takes.repeat && form.repeat;
  let cap: number | null = null;
  if (capApplies({ kind: form.kind, repeat }) && form.cap.trim()) {
    cap = parseYuan(form.cap);
    if (cap === null || cap <= 0) errors.cap = '最多优惠请填写金额，不填则不封顶';
  }

  let scope: CouponTemplateCreate['scope'] = { kind: 'all' };
  if (takes.scope && form.scopeKind === 'categories') {
    if (form.categoryIds.length === 0) errors.scope = '请至少选择一个分类';
    scope = { kind: 'categories', ids: form.categoryIds };
  } else if (takes.scope && form.scopeKind === 'products') {
    if (form.products.length === 0) errors.scope = '请至少选择一个商品';
    scope = { kind: 'products', ids: form.products.map((p) => p.id) };
  }

  const excludeProductIds = takes.scope ? form.excludedProducts.map((p) => p.id) : [];
  if (scope.kind === 'products' && form.products.some((p) => excludeProductIds.includes(p.id))) errors.scope = '同一个商品不能既适用又排除';

  let audience: CouponTemplateCreate['audience'] = { kind: 'everyone' };
  if (form.audienceKind === 'new_members') {
    const withinDays = wholeNumber(form.newWithinDays);
    if (withinDays === null || withinDays < 1 || withinDays > 365) errors.audience = '新会员指注册 1 到 365 天内的会员';
    else audience = { kind: 'new_members', withinDays };
  } else if (form.audienceKind === 'tiers') {
    if (form.tierCodes.length === 0) errors.audience = '请至少选择一个会员等级';
    else audience = { kind: 'tiers', codes: form.tierCodes };
  }

  const totalQuantity = wholeNumber(form.totalQuantity);
  if (totalQuantity === null || totalQuantity < 1 || totalQuantity > 10_000_000) errors.totalQuantity = '发行总量为 1 到 10000000 张';
  const perMemberLimit = wholeNumber(form.perMemberLimit);
  if (perMemberLimit === null || perMemberLimit < 1 || perMemberLimit > 100) errors.perMemberLimit = '每人限领 1 到 100 张';
  else if (totalQuantity !== null && perMemberLimit > totalQuantity) errors.perMemberLimit = '每人限领不能多于发行总量';

  let validity: CouponTemplateCreate['validity'] | null = null;
  let validUntil: Date | null = null;
  if (form.validityKind === 'relative') {
    const days = wholeNumber(form.validDays);
    if (days === null || days < 1 || days > 3650) errors.validDays = '领取后有效天数为 1 到 3650 天';
    else validity = { kind: 'relative', days };
  } else {
    const from = parseFormMoment(form.validFrom, 'start');
    validUntil = parseFormMoment(form.validUntil, 'end');
    if (!from) errors.validFrom = MOMENT_FORMAT;
    if (!validUntil) errors.validUntil = MOMENT_FORMAT;
    else if (from && validUntil <= from) errors.validUntil = '有效期结束必须晚于开始';
    else if (validUntil.getTime() <= Date.now()) errors.validUntil = '有效期已经结束，请重新填写';
    if (from && validUntil) validity = { kind: 'fixed', from: from.toISOString(), until: validUntil.toISOString() };
  }

  const claimStarts = form.claimStartsAt.trim() ? parseFormMoment(form.claimStartsAt, 'start') : null;
  const claimEnds = form.claimEndsAt.trim() ? parseFormMoment(form.claimEndsAt, 'end') : null;
  if (form.claimStartsAt.trim() && !claimStarts) errors.claimStartsAt = MOMENT_FORMAT;
  if (form.claimEndsAt.trim() && !claimEnds) errors.claimEndsAt = MOMENT_FORMAT;
  else if (claimEnds && claimStarts && claimEnds <= claimStarts) errors.claimEndsAt = '领取结束必须晚于领取开始';
  else if (claimEnds && validUntil && claimEnds > validUntil) errors.claimEndsAt = '领取结束不能晚于有效期结束';

  if (Object.keys(errors).length > 0 || validity === null) return { ok: false, errors };
  const parsed = couponTemplateCreateSchema.safeParse({
    name,
    kind: form.kind,
    value,
    threshold,
    repeat,
    cap,
    scope,
    excludeProductIds,
    audience,
    totalQuantity,
    perMemberLimit,
    claimStartsAt: claimStarts ? claimStarts.toISOString() : null,
    claimEndsAt: claimEnds ? claimEnds.toISOString() : null,
    validity,
    welcome: form.welcome,
    claimCentre: form.claimCentre,
    staffHandout: form.staffHandout,
  });
  if (parsed.success) return { ok: true, body: parsed.data };
  const schemaErrors: CouponFormErrors = {};
  for (const issue of parsed.error.issues) schemaErrors[fieldOf(issue.path)] ??= '这一项的设置有误，请检查';
  return { ok: false, errors: schemaErrors };
}

const atMidnight = (date: Date) => date.getHours() === 0 && date.getMinutes() === 0 && date.getSeconds() === 0 && date.getMilliseconds() === 0;

/**
 * An instant as the form shows it, the inverse of `parseFormMoment`: a bare day when it falls on
 * midnight (an end at midnight shows the day before, which it covers to the end), else to the minute.
 */
export function formMomentText(iso: string, edge: 'start' | 'end'): string {
  const date = new Date(iso);
  if (!atMidnight(date)) return formatDateTime(iso);
  const day = edge === 'start' ? date : new Date(date.getFullYear(), date.getMonth(), date.getDate() - 1);
  return dayText(day);
}

/** Fen as a yuan input shows it: "199", "19.99". */
const yuanInput = (fen: number) => fenToYuanText(fen).replace(/\.00$/, '');

/** A saved draft back in the form, to change it; `titles` names its scope's and exclusions' products. */
export function couponFormFromTemplate(t: CouponTemplateView, titles: ReadonlyMap<number, string>, now: Date): CouponForm {
  const named = (ids: readonly number[]) => ids.map((id) => ({ id, title: titles.get(id) ?? `商品 #${id}` }));
  const empty = emptyCouponForm(now);
  const amountKind = t.kind === 'threshold_off' || t.kind === 'amount_off';
  return {
    ...empty,
    name: t.name,
    kind: t.kind,
    amount: amountKind ? yuanInput(t.value) : '',
    discount: t.kind === 'percent_off' ? String(t.value / 10) : '',
    threshold: t.threshold !== null ? yuanInput(t.threshold) : '',
    repeat: t.repeat,
    cap: t.cap !== null ? yuanInput(t.cap) : '',
    scopeKind: t.scope.kind,
    categoryIds: t.scope.kind === 'categories' ? t.scope.ids : [],
    products: t.scope.kind === 'products' ? named(t.scope.ids) : [],
    excludedProducts: named(t.excludeProductIds),
    audienceKind: t.audience.kind,
    newWithinDays: t.audience.kind === 'new_members' ? String(t.audience.withinDays) : empty.newWithinDays,
    tierCodes: t.audience.kind === 'tiers' ? t.audience.codes : [],
    totalQuantity: String(t.totalQuantity),
    perMemberLimit: String(t.perMemberLimit),
    validityKind: t.validity.kind,
    validDays: t.validity.kind === 'relative' ? String(t.validity.days) : empty.validDays,
    validFrom: t.validity.kind === 'fixed' ? formMomentText(t.validity.from, 'start') : empty.validFrom,
    validUntil: t.validity.kind === 'fixed' ? formMomentText(t.validity.until, 'end') : empty.validUntil,
    claimStartsAt: t.claimStartsAt ? formMomentText(t.claimStartsAt, 'start') : '',
    claimEndsAt: t.claimEndsAt ? formMomentText(t.claimEndsAt, 'end') : '',
    welcome: t.welcome,
    claimCentre: t.claimCentre,
    staffHandout: t.staffHandout,
  };
}
