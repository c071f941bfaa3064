import { Label, Text, View } from '@tarojs/components';
import { formatFen, type ProductSummary } from '@shop/shared';
import { useState, type ReactNode } from 'react';
import { errorText } from '../../../api/errors';
import { Icon, SubmitButton } from '../../../components';
import { replacePage } from '../../../lib/routes';
import { toastSuccess } from '../../../lib/toast';
import { createCampaign, fetchProduct, searchProducts, setCampaignStatus } from '../api/campaigns';
import { ChoiceTiles, FormInput, FormRow } from '../components/FormRow';
import { marketingPage } from '../components/MarketingShell';
import { campaignErrorsAfterEdit, campaignRequest, chooseProduct, emptyCampaignForm, type CampaignForm, type CampaignFormErrors, type CampaignSkuChoice } from '../lib/campaign-form';
import { MARKETING_PAGES } from '../routes';

const YES_NO = [
  { key: 'no', label: '不限' },
  { key: 'yes', label: '仅限新人' },
] as const;
const UNITS = [
  { key: 'hours', label: '小时' },
  { key: 'minutes', label: '分钟' },
] as const;

function ProductPicker({ onPick }: { onPick: (product: ProductSummary) => Promise<void> }) {
  const [keyword, setKeyword] = useState('');
  const [found, setFound] = useState<ProductSummary[] | null>(null);
  const search = async () => setFound((await searchProducts(keyword.trim())).items);
  return (
    <View className='mk-field'>
      <View className='staff-row'>
        <FormInput value={keyword} onChange={setKeyword} placeholder='商品名称，如 T恤' testId='campaign-product-keyword' />
        <SubmitButton onSubmit={search} variant='secondary' testId='campaign-product-search'>
          搜索
        </SubmitButton>
      </View>
      {found?.length === 0 ? <Text className='staff-muted'>没有找到商品，换个关键词试试</Text> : null}
      {found?.map((product) => (
        <View key={product.id} className='mk-pick' onClick={() => void onPick(product)} data-testid={`campaign-product-${product.id}`}>
          <Text>{product.title}</Text>
          <Text className='staff-muted'> · {formatFen(product.minPrice)} 起</Text>
        </View>
      ))}
    </View>
  );
}

/**
 * A SKU's price or cap box with its visible label; the <label> also names the box after its SKU
 * ("本白 拼团价", the spec read only by screen readers), since every row has the same fields.
 */
function SkuField({ spec, label, unit, children }: { spec: string; label: string; unit: string; children: ReactNode }) {
  return (
    <View className='mk-sku__field'>
      <Label className='mk-sku__label'>
        <Text className='mk-sr-only'>{spec} </Text>
        <Text>{label}</Text>
        {children}
      </Label>
      <Text className='staff-muted'>{unit}</Text>
    </View>
  );
}

function SkuRow({ sku, onChange }: { sku: CampaignSkuChoice; onChange: (fields: Partial<CampaignSkuChoice>) => void }) {
  return (
    <View className='mk-sku' data-testid={`campaign-sku-${sku.skuId}`}>
      <View className={`staff-choice mk-narrow${sku.included ? ' staff-choice--on' : ''}`} onClick={() => onChange({ included: !sku.included })} data-testid={`campaign-sku-${sku.skuId}-include`}>
        {sku.included ? (
          <View>
            <Icon name='check' size='18px' color='#e4393c' strokeWidth={2.5} />
            <Text> 参团</Text>
          </View>
        ) : (
          <Text>不参团</Text>
        )}
      </View>
      <Text className='mk-sku__name'>{sku.specText}</Text>
      <Text className='staff-muted'>原价 {formatFen(sku.listPrice)}</Text>
      {sku.included ? (
        <>
          <SkuField spec={sku.specText} label='拼团价' unit='元'>
            <FormInput value={sku.groupPrice} onChange={(groupPrice) => onChange({ groupPrice })} placeholder='低于原价' type='digit' narrow label={`${sku.specText} 拼团价`} testId={`campaign-sku-${sku.skuId}-price`} />
          </SkuField>
          <SkuField spec={sku.specText} label='限量' unit='件'>
            <FormInput value={sku.stockCap} onChange={(stockCap) => onChange({ stockCap })} placeholder='活动库存' type='number' narrow label={`${sku.specText} 限量`} testId={`campaign-sku-${sku.skuId}-cap`} />
          </SkuField>
        </>
      ) : null}
    </View>
  );
}

/** 新建拼团活动: product and SKUs with group prices, the group's rules and window; save as draft or go live. */
function NewCampaignDesk() {
  const [form, setForm] = useState<CampaignForm>(() => emptyCampaignForm(new Date()));
  const [errors, setErrors] = useState<CampaignFormErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  // A field's problem goes as soon as it is edited; submitting checks the whole form again.
  const edited = (fields: (keyof CampaignForm)[]) => setErrors((current) => campaignErrorsAfterEdit(current, fields));
  const set = (fields: Partial<CampaignForm>) => {
    setForm((current) => ({ ...current, ...fields }));
    edited(Object.keys(fields) as (keyof CampaignForm)[]);
  };
  const setSku = (skuId: number, fields: Partial<CampaignSkuChoice>) => {
    setForm((current) => ({ ...current, skus: current.skus.map((s) => (s.skuId === skuId ? { ...s, ...fields } : s)) }));
    edited(['skus']);
  };

  const pickProduct = async (summary: ProductSummary) => {
    const product = await fetchProduct(summary.id);
    setForm((current) => chooseProduct(current, product));
    edited(['product', 'name']);
  };

  const submit = async (goLive: boolean) => {
    const request = campaignRequest(form);
    setErrors(request.ok ? {} : request.errors);
    setProblem(null);
    if (!request.ok) return;
    try {
      const created = await createCampaign(request.body);
      if (goLive) await setCampaignStatus(created.id, 'active');
      toastSuccess(goLive ? '活动已上线' : '已保存为草稿');
      replacePage(MARKETING_PAGES.campaigns);
    } catch (error) {
      setProblem(errorText(error));
    }
  };

  return (
    <View className='staff-card'>
      <Text className='staff-title'>新建拼团活动</Text>
      <FormRow label='参团商品' error={errors.product} testId='campaign-product'>
        {form.product ? (
          <View className='staff-row mk-field'>
            <Text data-testid='campaign-product-chosen'>{form.product.title}</Text>
            <Text className='staff-link' onClick={() => set({ product: null, skus: [] })}>
              换一个
            </Text>
          </View>
        ) : (
          <ProductPicker onPick={pickProduct} />
        )}
      </FormRow>
      <FormRow label='活动名称' error={errors.name} testId='campaign-name'>
        <FormInput value={form.name} onChange={(name) => set({ name })} placeholder='如 冬季两人团' testId='campaign-name-input' />
      </FormRow>
      {form.product ? (
        <FormRow label='参团规格' error={errors.skus} testId='campaign-skus'>
          <View className='mk-field'>
            {form.skus.map((sku) => (
              <SkuRow key={sku.skuId} sku={sku} onChange={(fields) => setSku(sku.skuId, fields)} />
            ))}
          </View>
        </FormRow>
      ) : null}
      <FormRow label='成团人数' error={errors.groupSize} testId='campaign-size'>
        <FormInput value={form.groupSize} onChange={(groupSize) => set({ groupSize })} type='number' narrow testId='campaign-size-input' />
      </FormRow>
      <FormRow label='成团时限' error={errors.formTime} testId='campaign-form-time'>
        <FormInput value={form.formTime} onChange={(formTime) => set({ formTime })} type='number' narrow testId='campaign-form-time-input' />
        <ChoiceTiles items={UNITS} value={form.formUnit} onChange={(formUnit) => set({ formUnit })} testId='campaign-form-unit' />
      </FormRow>
      <FormRow label='开始时间' error={errors.startsAt} testId='campaign-starts'>
        <FormInput value={form.startsAt} onChange={(startsAt) => set({ startsAt })} placeholder='2026-12-01 10:00' testId='campaign-starts-input' />
      </FormRow>
      <FormRow label='结束时间' error={errors.endsAt} testId='campaign-ends'>
        <FormInput value={form.endsAt} onChange={(endsAt) => set({ endsAt })} placeholder='2026-12-08 10:00' testId='campaign-ends-input' />
      </FormRow>
      <FormRow label='每人限参' error={errors.perMemberLimit} testId='campaign-limit'>
        <FormInput value={form.perMemberLimit} onChange={(perMemberLimit) => set({ perMemberLimit })} type='number' narrow testId='campaign-limit-input' />
      </FormRow>
      <FormRow label='参团人群'>
        <ChoiceTiles items={YES_NO} value={form.newMembersOnly ? 'yes' : 'no'} onChange={(key) => set({ newMembersOnly: key === 'yes' })} testId='campaign-new-members' />
      </FormRow>
      <FormRow label='模拟成团' error={errors.simulateWhenShortBy} testId='campaign-simulate'>
        <FormInput value={form.simulateWhenShortBy} onChange={(simulateWhenShortBy) => set({ simulateWhenShortBy })} placeholder='到期差几人内仍成团，不填则不模拟' type='number' testId='campaign-simulate-input' />
      </FormRow>
      <FormRow label='团长优惠' error={errors.leaderDiscount} testId='campaign-leader'>
        <FormInput value={form.leaderDiscount} onChange={(leaderDiscount) => set({ leaderDiscount })} placeholder='团长每件再减（元），不填则无' type='digit' testId='campaign-leader-input' />
      </FormRow>
      {problem ? (
        <Text className='staff-error' data-testid='campaign-problem'>
          {problem}
        </Text>
      ) : null}
      <View className='mk-actions'>
        <SubmitButton onSubmit={() => submit(true)} busyText='提交中…' testId='campaign-submit-live'>
          创建并上线
        </SubmitButton>
        <SubmitButton onSubmit={() => submit(false)} busyText='提交中…' variant='secondary' testId='campaign-submit-draft'>
          保存草稿
        </SubmitButton>
        <SubmitButton onSubmit={async () => replacePage(MARKETING_PAGES.campaigns)} variant='plain' testId='campaign-cancel'>
          取消
        </SubmitButton>
      </View>
    </View>
  );
}

export default marketingPage('campaigns', NewCampaignDesk);
