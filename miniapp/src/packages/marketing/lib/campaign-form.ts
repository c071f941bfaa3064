import { formatDateTime } from '../../../lib/format';
import { MAX_GROUP_SIZE, groupbuyCampaignCreateSchema, parseYuan, type GroupbuyCampaignCreate, type ProductDetail } from '@shop/shared';

/** A SKU of the chosen product as the form lists it. */
export interface CampaignSkuChoice {
  skuId: number;
  specText: string;
  listPrice: number;
  /** Whether it takes part, its group price in yuan and its stock cap, as typed. */
  included: boolean;
  groupPrice: string;
  stockCap: string;
}

export type FormUnit = 'minutes' | 'hours';

/** The new-campaign form as typed: strings where people type, so half-typed values survive. */
export interface CampaignForm {
  name: string;
  product: { id: number; title: string } | null;
  skus: CampaignSkuChoice[];
  groupSize: string;
  formTime: string;
  formUnit: FormUnit;
  /** Local wall-clock "YYYY-MM-DD HH:mm". */
  startsAt: string;
  endsAt: string;
  perMemberLimit: string;
  newMembersOnly: boolean;
  /** 模拟成团: complete a group short by at most this many at expiry; '' = never. */
  simulateWhenShortBy: string;
  /** Yuan off the leader's unit price; '' = none. */
  leaderDiscount: string;
}

export type CampaignFormField = 'name' | 'product' | 'skus' | 'groupSize' | 'formTime' | 'startsAt' | 'endsAt' | 'perMemberLimit' | 'simulateWhenShortBy' | 'leaderDiscount';
export type CampaignFormErrors = Partial<Record<CampaignFormField, string>>;

/** Which problems a change to each form field may settle. */
const FIELD_ERRORS: Partial<Record<keyof CampaignForm, readonly CampaignFormField[]>> = {
  name: ['name'],
  product: ['product', 'skus'],
  skus: ['skus', 'leaderDiscount'],
  groupSize: ['groupSize', 'simulateWhenShortBy'],
  formTime: ['formTime'],
  formUnit: ['formTime'],
  startsAt: ['startsAt', 'endsAt'],
  endsAt: ['endsAt'],
  perMemberLimit: ['perMemberLimit'],
  simulateWhenShortBy: ['simulateWhenShortBy'],
  leaderDiscount: ['leaderDiscount'],
};

/**
 * The problems still standing once the `changed` fields were edited: a field's error goes as soon as
 * it changes (submitting checks everything again), the others stay.
 */
export function campaignErrorsAfterEdit(errors: CampaignFormErrors, changed: readonly (keyof CampaignForm)[]): CampaignFormErrors {
  const settled = new Set(changed.flatMap((field) => FIELD_ERRORS[field] ?? []));
  if (![...settled].some((field) => field in errors)) return errors;
  return Object.fromEntries(Object.entries(errors).filter(([field]) => !settled.has(field as CampaignFormField))) as CampaignFormErrors;
}

/** A Date as the form shows it ("YYYY-MM-DD HH:mm"), in the device's time zone. */
const localDateTimeText = (date: Date) => formatDateTime(date.toISOString());

/** "YYYY-MM-DD HH:mm" in the device's time zone -> Date; null when it is not a real moment. */
export function parseLocalDateTime(text: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const date = new Date(year, month - 1, day, hour, minute);
  const roundTrips = date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day && date.getHours() === hour && date.getMinutes() === minute;
  return roundTrips ? date : null;
}

/** A fresh form: a 2-person group that forms within 24 hours, running from now for 7 days. */
export function emptyCampaignForm(now: Date): CampaignForm {
  const start = new Date(now.getTime());
  start.setSeconds(0, 0);
  return {
    name: '',
    product: null,
    skus: [],
    groupSize: '2',
    formTime: '24',
    formUnit: 'hours',
    startsAt: localDateTimeText(start),
    endsAt: localDateTimeText(new Date(start.getTime() + 7 * 24 * 3_600_000)),
    perMemberLimit: '1',
    newMembersOnly: false,
    simulateWhenShortBy: '',
    leaderDiscount: '',
  };
}

/** Every active SKU of the product, none included yet, each cap preset to its warehouse stock. */
export function chooseProduct(form: CampaignForm, product: ProductDetail): CampaignForm {
  const specText = (values: Record<string, string>) => Object.values(values).join(' / ') || '默认规格';
  return {
    ...form,
    product: { id: product.id, title: product.title },
    name: form.name || `${product.title} 拼团`,
    skus: product.skus.filter((s) => s.isActive).map((s) => ({ skuId: s.id, specText: specText(s.specValues), listPrice: s.price, included: false, groupPrice: '', stockCap: String(Math.max(1, s.deliveryAvailable)) })),
  };
}

const wholeNumber = (text: string): number | null => (/^\d{1,7}$/.test(text.trim()) ? Number(text.trim()) : null);

/**
 * The form -> the create request, or what to fix, field by field, in words. Checks what the
 * server checks (the shared schema runs last, so nothing it refuses gets through unexplained).
 */
export function campaignRequest(form: CampaignForm): { ok: true; body: GroupbuyCampaignCreate } | { ok: false; errors: CampaignFormErrors } {
  const errors: CampaignFormErrors = {};
  const name = form.name.trim();
  if (!name) errors.name = '请填写活动名称';
  else if (name.length > 60) errors.name = '活动名称最多 60 个字';
  if (!form.product) errors.product = '请选择参团商品';

  const groupSize = wholeNumber(form.groupSize);
  if (groupSize === null || groupSize < 2 || groupSize > MAX_GROUP_SIZE) errors.groupSize = `成团人数为 2 到 ${MAX_GROUP_SIZE} 人`;

  const formValue = wholeNumber(form.formTime);
  const formMinutes = formValue === null ? null : form.formUnit === 'hours' ? formValue * 60 : formValue;
  if (formMinutes === null || formMinutes < 5 || formMinutes > 7 * 24 * 60) errors.formTime = '成团时限为 5 分钟到 7 天';

  const startsAt = parseLocalDateTime(form.startsAt);
  const endsAt = parseLocalDateTime(form.endsAt);
  if (!startsAt) errors.startsAt = '请按 2026-12-01 10:00 的格式填写';
  if (!endsAt) errors.endsAt = '请按 2026-12-01 10:00 的格式填写';
  else if (startsAt && endsAt <= startsAt) errors.endsAt = '结束时间必须晚于开始时间';

  const perMemberLimit = wholeNumber(form.perMemberLimit);
  if (perMemberLimit === null || perMemberLimit < 1 || perMemberLimit > 20) errors.perMemberLimit = '每人限参 1 到 20 次';

  let simulateWhenShortBy: number | null = null;
  if (form.simulateWhenShortBy.trim()) {
    simulateWhenShortBy = wholeNumber(form.simulateWhenShortBy);
    if (simulateWhenShortBy === null || simulateWhenShortBy < 1 || (groupSize !== null && simulateWhenShortBy >= groupSize)) errors.simulateWhenShortBy = '差几人可模拟成团：至少 1 人，且少于成团人数';
  }

  let leaderDiscount: number | null = null;
  if (form.leaderDiscount.trim()) {
    leaderDiscount = parseYuan(form.leaderDiscount);
    if (leaderDiscount === null || leaderDiscount <= 0) errors.leaderDiscount = '团长优惠请填写金额，如 10 或 9.9';
  }

  const included = form.skus.filter((s) => s.included);
  const skus: GroupbuyCampaignCreate['skus'] = [];
  if (form.product && included.length === 0) errors.skus = '请至少选择一个参团规格';
  for (const sku of included) {
    const groupPrice = parseYuan(sku.groupPrice);
    const stockCap = wholeNumber(sku.stockCap);
    if (groupPrice === null || groupPrice <= 0) errors.skus = `${sku.specText}：请填写拼团价`;
    else if (groupPrice >= sku.listPrice) errors.skus = `${sku.specText}：拼团价必须低于原价`;
    else if (leaderDiscount !== null && leaderDiscount >= groupPrice) errors.leaderDiscount = '团长优惠必须小于每个拼团价';
    if (stockCap === null || stockCap < 1) errors.skus = `${sku.specText}：限量至少 1 件`;
    if (groupPrice !== null && stockCap !== null) skus.push({ skuId: sku.skuId, groupPrice, stockCap });
  }

  if (Object.keys(errors).length > 0 || !form.product || !startsAt || !endsAt) return { ok: false, errors };
  const parsed = groupbuyCampaignCreateSchema.safeParse({
    name,
    productId: form.product.id,
    groupSize,
    formMinutes,
    startsAt: startsAt.toISOString(),
    endsAt: endsAt.toISOString(),
    perMemberLimit,
    newMembersOnly: form.newMembersOnly,
    simulateWhenShortBy,
    leaderDiscount,
    skus,
  });
  return parsed.success ? { ok: true, body: parsed.data } : { ok: false, errors: { name: '活动设置有误，请检查后再提交' } };
}
