import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { COUPON_KINDS, formatFen, type CouponTemplateView, type ProductSummary } from '@shop/shared';
import { useState } from 'react';
import { ApiError, errorText } from '../../../api/errors';
import { AsyncView, EmptyState, Skeleton, SubmitButton } from '../../../components';
import { useAsyncData } from '../../../hooks/useAsyncData';
import { idParam, replacePage } from '../../../lib/routes';
import { toastSuccess } from '../../../lib/toast';
import { fetchProduct, searchProducts } from '../api/campaigns';
import { createCouponTemplate, fetchCouponTemplate, patchCouponTemplate, setCouponTemplateStatus } from '../api/coupon-templates';
import { useCouponLookups } from '../components/coupon-lookups';
import { ChoiceTiles, FormInput, FormRow } from '../components/FormRow';
import { marketingPage } from '../components/MarketingShell';
import { COUPON_KIND_LABELS, capApplies, couponFormFromTemplate, couponRequest, emptyCouponForm, errorsAfterEdit, kindTakes, type CouponForm, type CouponFormErrors } from '../lib/coupon-form';
import { MARKETING_PAGES } from '../routes';
import '../coupons/index.scss';

const KINDS = COUPON_KINDS.map((key) => ({ key, label: COUPON_KIND_LABELS[key] }));
const REPEAT = [
  { key: 'once', label: '满减一次' },
  { key: 'repeat', label: '每满减（可叠加）' },
] as const;
const SCOPES = [
  { key: 'all', label: '全场通用' },
  { key: 'categories', label: '指定分类' },
  { key: 'products', label: '指定商品' },
] as const;
const AUDIENCES = [
  { key: 'everyone', label: '所有会员' },
  { key: 'new_members', label: '新会员' },
  { key: 'tiers', label: '指定等级' },
] as const;
const VALIDITY = [
  { key: 'relative', label: '领取后 N 天' },
  { key: 'fixed', label: '固定日期' },
] as const;
const CLAIM_CENTRE = [
  { key: 'yes', label: '在领券中心展示，会员可自行领取' },
  { key: 'no', label: '不展示，仅兑换码、推送或新人礼包' },
] as const;

const STAFF_HANDOUT = [
  { key: 'no', label: '否' },
  { key: 'yes', label: '是，店员可在门店平板上发给到店会员' },
] as const;

const WELCOME = [
  { key: 'no', label: '否' },
  { key: 'yes', label: '是，新会员首次登录自动发放' },
] as const;

const toggle = <T,>(list: readonly T[], item: T): T[] => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item]);

function ProductPicker({ chosen, onChange, testId }: { chosen: CouponForm['products']; onChange: (products: CouponForm['products']) => void; testId: string }) {
  const [keyword, setKeyword] = useState('');
  const [found, setFound] = useState<ProductSummary[] | null>(null);
  const search = async () => setFound((await searchProducts(keyword.trim())).items);
  return (
    <View className='mk-field'>
      {chosen.map((product) => (
        <View key={product.id} className='staff-row' data-testid={`${testId}-chosen-${product.id}`}>
          <Text>{product.title}</Text>
          <Text className='staff-link' onClick={() => onChange(chosen.filter((p) => p.id !== product.id))}>
            移除
          </Text>
        </View>
      ))}
      <View className='staff-row'>
        <FormInput value={keyword} onChange={setKeyword} placeholder='商品名称，如 T恤' testId={`${testId}-keyword`} />
        <SubmitButton onSubmit={search} variant='secondary' testId={`${testId}-search`}>
          搜索
        </SubmitButton>
      </View>
      {found?.length === 0 ? <Text className='staff-muted'>没有找到商品，换个关键词试试</Text> : null}
      {found
        ?.filter((product) => !chosen.some((p) => p.id === product.id))
        .map((product) => (
          <View key={product.id} className='mk-pick' onClick={() => onChange([...chosen, { id: product.id, title: product.title }])} data-testid={`${testId}-${product.id}`}>
            <Text>{product.title}</Text>
            <Text className='staff-muted'> · {formatFen(product.minPrice)} 起</Text>
          </View>
        ))}
    </View>
  );
}

/** The coupon form: kind and rule, goods and members it is for, how many, validity and claim window; save or go live. */
function CouponEditor({ initial, draftId }: { initial: CouponForm; draftId: number | null }) {
  const [form, setForm] = useState<CouponForm>(initial);
  const [errors, setErrors] = useState<CouponFormErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const lookups = useCouponLookups();
  const set = (fields: Partial<CouponForm>) => {
    setForm((current) => ({ ...current, ...fields }));
    // The fix is seen at once; submitting checks the whole form again.
    setErrors((current) => errorsAfterEdit(current, Object.keys(fields) as (keyof CouponForm)[]));
  };
  const takes = kindTakes(form.kind);

  const submit = async (goLive: boolean) => {
    const request = couponRequest(form);
    setErrors(request.ok ? {} : request.errors);
    setProblem(request.ok ? null : (request.errors.form ?? null));
    if (!request.ok) return;
    let created: CouponTemplateView;
    try {
      created = draftId === null ? await createCouponTemplate(request.body) : await patchCouponTemplate(draftId, request.body);
    } catch (error) {
      setProblem(errorText(error));
      return;
    }
    if (goLive) {
      // Saved either way: a refused go-live leaves a draft the list can put live, not a second copy.
      const live = await setCouponTemplateStatus(created.id, 'active').then(
        () => true,
        () => false,
      );
      toastSuccess(live ? '优惠券已上线' : '已保存为草稿，请在列表中上线');
    } else {
      toastSuccess('已保存为草稿');
    }
    replacePage(MARKETING_PAGES.coupons);
  };

  return (
    <View className='staff-card'>
      <Text className='staff-title'>{draftId === null ? '新建优惠券' : '修改优惠券'}</Text>
      <FormRow label='券类型'>
        <ChoiceTiles items={KINDS} value={form.kind} onChange={(kind) => set({ kind })} testId='coupon-kind' />
      </FormRow>
      <FormRow label='优惠券名称' error={errors.name} testId='coupon-name'>
        <FormInput value={form.name} onChange={(name) => set({ name })} placeholder='如 会员日 满299减40' testId='coupon-name-input' />
      </FormRow>
      {takes.threshold !== 'none' ? (
        <FormRow label={takes.threshold === 'required' ? '使用门槛' : '使用门槛（选填）'} error={errors.threshold} testId='coupon-threshold'>
          <Text className='staff-muted'>订单满</Text>
          <FormInput value={form.threshold} onChange={(threshold) => set({ threshold })} placeholder={takes.threshold === 'required' ? '如 299' : '不填则无门槛'} type='digit' narrow testId='coupon-threshold-input' />
          <Text className='staff-muted'>元可用</Text>
        </FormRow>
      ) : null}
      {takes.amount ? (
        <FormRow label='优惠金额' error={errors.value} testId='coupon-value'>
          <Text className='staff-muted'>减</Text>
          <FormInput value={form.amount} onChange={(amount) => set({ amount })} placeholder='如 40' type='digit' narrow testId='coupon-amount-input' />
          <Text className='staff-muted'>元</Text>
        </FormRow>
      ) : null}
      {takes.discount ? (
        <FormRow label='折扣' error={errors.value} testId='coupon-value'>
          <FormInput value={form.discount} onChange={(discount) => set({ discount })} placeholder='如 8.5' type='digit' narrow testId='coupon-discount-input' />
          <Text className='staff-muted'>折</Text>
        </FormRow>
      ) : null}
      {takes.repeat ? (
        <FormRow label='满减方式'>
          <ChoiceTiles items={REPEAT} value={form.repeat ? 'repeat' : 'once'} onChange={(key) => set({ repeat: key === 'repeat' })} testId='coupon-repeat' />
        </FormRow>
      ) : null}
      {capApplies(form) ? (
        <FormRow label='最多优惠（选填）' error={errors.cap} testId='coupon-cap'>
          <FormInput value={form.cap} onChange={(cap) => set({ cap })} placeholder='不填则不封顶' type='digit' narrow testId='coupon-cap-input' />
          <Text className='staff-muted'>元</Text>
        </FormRow>
      ) : null}
      {takes.scope ? (
        <FormRow label='适用商品' error={errors.scope} testId='coupon-scope'>
          <ChoiceTiles items={SCOPES} value={form.scopeKind} onChange={(scopeKind) => set({ scopeKind })} testId='coupon-scope-kind' />
        </FormRow>
      ) : (
        <FormRow label='适用商品'>
          <Text className='staff-muted mk-field'>包邮券对整单有效</Text>
        </FormRow>
      )}
      {takes.scope && form.scopeKind === 'categories' ? (
        <FormRow label='分类'>
          <View className='staff-choices mk-field'>
            {lookups.categories.map((category) => (
              <Text key={category.id} className={`staff-choice${form.categoryIds.includes(category.id) ? ' staff-choice--on' : ''}`} onClick={() => set({ categoryIds: toggle(form.categoryIds, category.id) })} data-testid={`coupon-category-${category.id}`}>
                {category.name}
              </Text>
            ))}
          </View>
        </FormRow>
      ) : null}
      {takes.scope && form.scopeKind === 'products' ? (
        <FormRow label='商品'>
          <ProductPicker chosen={form.products} onChange={(products) => set({ products })} testId='coupon-product' />
        </FormRow>
      ) : null}
      {takes.scope ? (
        <FormRow label='排除商品（选填）'>
          <ProductPicker chosen={form.excludedProducts} onChange={(excludedProducts) => set({ excludedProducts })} testId='coupon-exclude' />
        </FormRow>
      ) : null}
      <FormRow label='领取人群' error={errors.audience} testId='coupon-audience'>
        <ChoiceTiles items={AUDIENCES} value={form.audienceKind} onChange={(audienceKind) => set({ audienceKind })} testId='coupon-audience-kind' />
      </FormRow>
      {form.audienceKind === 'new_members' ? (
        <FormRow label='注册天数'>
          <FormInput value={form.newWithinDays} onChange={(newWithinDays) => set({ newWithinDays })} type='number' narrow testId='coupon-new-within-input' />
          <Text className='staff-muted'>天内注册的会员可领</Text>
        </FormRow>
      ) : null}
      {form.audienceKind === 'tiers' ? (
        <FormRow label='会员等级'>
          <View className='staff-choices mk-field'>
            {lookups.tiers.map((tier) => (
              <Text key={tier.code} className={`staff-choice${form.tierCodes.includes(tier.code) ? ' staff-choice--on' : ''}`} onClick={() => set({ tierCodes: toggle(form.tierCodes, tier.code) })} data-testid={`coupon-tier-${tier.code}`}>
                {tier.name}
              </Text>
            ))}
          </View>
        </FormRow>
      ) : null}
      <FormRow label='发行总量' error={errors.totalQuantity} testId='coupon-total'>
        <FormInput value={form.totalQuantity} onChange={(totalQuantity) => set({ totalQuantity })} type='number' narrow testId='coupon-total-input' />
        <Text className='staff-muted'>张</Text>
      </FormRow>
      <FormRow label='每人限领' error={errors.perMemberLimit} testId='coupon-limit'>
        <FormInput value={form.perMemberLimit} onChange={(perMemberLimit) => set({ perMemberLimit })} type='number' narrow testId='coupon-limit-input' />
        <Text className='staff-muted'>张</Text>
      </FormRow>
      <FormRow label='有效期'>
        <ChoiceTiles items={VALIDITY} value={form.validityKind} onChange={(validityKind) => set({ validityKind })} testId='coupon-validity-kind' />
      </FormRow>
      {form.validityKind === 'relative' ? (
        <FormRow label='有效天数' error={errors.validDays} testId='coupon-valid-days'>
          <Text className='staff-muted'>领取后</Text>
          <FormInput value={form.validDays} onChange={(validDays) => set({ validDays })} type='number' narrow testId='coupon-valid-days-input' />
          <Text className='staff-muted'>天内有效</Text>
        </FormRow>
      ) : (
        <>
          <FormRow label='有效期开始' error={errors.validFrom} testId='coupon-valid-from'>
            <FormInput value={form.validFrom} onChange={(validFrom) => set({ validFrom })} placeholder='2026-12-01' testId='coupon-valid-from-input' />
          </FormRow>
          <FormRow label='有效期结束' error={errors.validUntil} testId='coupon-valid-until'>
            <FormInput value={form.validUntil} onChange={(validUntil) => set({ validUntil })} placeholder='2026-12-31（含当天）' testId='coupon-valid-until-input' />
          </FormRow>
        </>
      )}
      <FormRow label='领取开始（选填）' error={errors.claimStartsAt} testId='coupon-claim-starts'>
        <FormInput value={form.claimStartsAt} onChange={(claimStartsAt) => set({ claimStartsAt })} placeholder='不填则上线即可领' testId='coupon-claim-starts-input' />
      </FormRow>
      <FormRow label='领取结束（选填）' error={errors.claimEndsAt} testId='coupon-claim-ends'>
        <FormInput value={form.claimEndsAt} onChange={(claimEndsAt) => set({ claimEndsAt })} placeholder='不填则发完或结束为止' testId='coupon-claim-ends-input' />
      </FormRow>
      <FormRow label='新人礼包'>
        <ChoiceTiles items={WELCOME} value={form.welcome ? 'yes' : 'no'} onChange={(key) => set({ welcome: key === 'yes' })} testId='coupon-welcome' />
      </FormRow>
      <FormRow label='领券中心'>
        <ChoiceTiles items={CLAIM_CENTRE} value={form.claimCentre ? 'yes' : 'no'} onChange={(key) => set({ claimCentre: key === 'yes' })} testId='coupon-claim-centre' />
      </FormRow>
      <FormRow label='门店发放'>
        <ChoiceTiles items={STAFF_HANDOUT} value={form.staffHandout ? 'yes' : 'no'} onChange={(key) => set({ staffHandout: key === 'yes' })} testId='coupon-staff-handout' />
      </FormRow>
      <Text className='staff-muted'>上线后可在优惠券列表中生成兑换码或推送给指定会员；在领券中心展示的，会员也可自行领取；开启门店发放的，店员每人每天限量发给到店并验证身份的会员。</Text>
      {problem ? (
        <Text className='staff-error' data-testid='coupon-problem'>
          {problem}
        </Text>
      ) : null}
      <View className='mk-actions'>
        <SubmitButton onSubmit={() => submit(true)} busyText='提交中…' testId='coupon-submit-live'>
          {draftId === null ? '创建并上线' : '保存并上线'}
        </SubmitButton>
        <SubmitButton onSubmit={() => submit(false)} busyText='提交中…' variant='secondary' testId='coupon-submit-draft'>
          保存草稿
        </SubmitButton>
        <SubmitButton onSubmit={async () => replacePage(MARKETING_PAGES.coupons)} variant='plain' testId='coupon-cancel'>
          取消
        </SubmitButton>
      </View>
    </View>
  );
}

/** Titles of the products a template names (it keeps ids); the first few are looked up, the rest shown by id. */
async function productTitles(ids: number[]): Promise<Map<number, string>> {
  const looked = await Promise.all(ids.slice(0, 20).map(async (id) => [id, await fetchProduct(id).then((p) => p.title, () => `商品 #${id}`)] as const));
  return new Map(looked);
}

/** A template that has gone live: its rules are fixed, so it cannot be edited here. */
const NOT_A_DRAFT = 'not_a_draft';

/** The draft behind `id` as a form, or NOT_A_DRAFT; an id the console does not know fails as not found. */
async function loadDraft(id: number | null): Promise<CouponForm | typeof NOT_A_DRAFT> {
  if (id === null) throw new ApiError(404, 'NOT_FOUND', '优惠券不存在');
  const template = await fetchCouponTemplate(id);
  if (template.status !== 'draft') return NOT_A_DRAFT;
  const named = [...(template.scope.kind === 'products' ? template.scope.ids : []), ...template.excludeProductIds];
  return couponFormFromTemplate(template, await productTitles(named), new Date());
}

/** 新建优惠券, or (with `id`) 修改 a draft that has not gone live. */
function NewCouponDesk() {
  const idText = useRouter().params.id;
  const draftId = idParam(idText);
  const [blank] = useState(() => emptyCouponForm(new Date()));
  // Without an id this is a new coupon; an id that is not one (id=abc) is a draft that does not exist.
  const editing = idText !== undefined && idText !== '';
  const draft = useAsyncData(() => loadDraft(draftId), [draftId], { enabled: editing });
  const backToList = () => replacePage(MARKETING_PAGES.coupons);
  if (!editing) return <CouponEditor initial={blank} draftId={null} />;
  return (
    <AsyncView state={draft} skeleton={<Skeleton rows={8} />} notFound={{ title: '优惠券不存在', description: '它可能已被删除，或链接有误', actionText: '返回优惠券列表', onAction: backToList }}>
      {(form) =>
        form === NOT_A_DRAFT ? (
          <EmptyState icon='lock' title='只有未上线的优惠券可以修改' description='已上线的优惠券可在列表中暂停或结束' actionText='返回优惠券列表' onAction={backToList} testId='coupon-load-problem' />
        ) : (
          <CouponEditor initial={form} draftId={draftId} />
        )
      }
    </AsyncView>
  );
}

export default marketingPage('coupons', NewCouponDesk);
