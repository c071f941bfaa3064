import { Text, Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { CouponPushView, CouponTemplateView } from '@shop/shared';
import { useEffect, useState } from 'react';
import { errorText } from '../../../api/errors';
import { formatDateTime } from '../../../lib/format';
import { SubmitButton } from '../../../components';
import { toast, toastSuccess } from '../../../lib/toast';
import { createCouponPush, fetchCouponPush, fetchCouponPushes, generateRedeemCodes, setSharedCode } from '../api/coupon-templates';
import type { CouponLookups } from '../components/coupon-lookups';
import { ChoiceTiles, FormInput, FormRow } from '../components/FormRow';
import { SEGMENT_LABELS, checkCodeCount, checkSharedCode, emptySegmentForm, segmentRequest, segmentText, type SegmentForm, type SegmentKind } from '../lib/coupon-issue';
import { pushFinished, pushProgressText } from '../lib/coupon-text';

/** How often a running push is asked for its progress. */
export const PUSH_POLL_MS = 2000;

const SEGMENT_ITEMS = (Object.keys(SEGMENT_LABELS) as SegmentKind[]).map((key) => ({ key, label: SEGMENT_LABELS[key] }));

/** 兑换码: generate single-use codes and show them once, to copy into a gift card run or a message. */
function RedeemCodes({ template }: { template: CouponTemplateView }) {
  const [count, setCount] = useState('10');
  const [codes, setCodes] = useState<string[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const generate = async () => {
    const checked = checkCodeCount(count);
    setProblem(checked.ok ? null : checked.message);
    if (!checked.ok) return;
    setCodes((await generateRedeemCodes(template.id, checked.count)).codes);
    toastSuccess('兑换码已生成');
  };
  const copy = async () => {
    if (!codes) return;
    await Taro.setClipboardData({ data: codes.join('\n') });
    toast(`已复制 ${codes.length} 个兑换码`);
  };
  return (
    <View className='mk-issue__section' data-testid={`coupon-${template.id}-codes`}>
      <FormRow label='一次性兑换码' error={problem ?? undefined} testId={`coupon-${template.id}-codes-count`}>
        <FormInput value={count} onChange={setCount} type='number' narrow placeholder='数量' testId={`coupon-${template.id}-codes-count-input`} />
        <SubmitButton onSubmit={generate} busyText='生成中…' variant='secondary' testId={`coupon-${template.id}-codes-generate`}>
          生成兑换码
        </SubmitButton>
      </FormRow>
      {codes ? (
        <View className='mk-codes'>
          <Text className='staff-muted'>每个码只能兑换一次，离开本页后不再显示，请及时复制保存：</Text>
          <View className='mk-codes__list' data-testid={`coupon-${template.id}-codes-list`}>
            {codes.map((code) => (
              <Text key={code} className='mk-code' userSelect data-testid='redeem-code'>
                {code}
              </Text>
            ))}
          </View>
          <SubmitButton onSubmit={copy} variant='plain' testId={`coupon-${template.id}-codes-copy`}>
            复制全部
          </SubmitButton>
        </View>
      ) : null}
    </View>
  );
}

/** 通用兑换码: one code everybody may type (a poster, a live stream), within the per-member limit. */
function SharedCode({ template, onChanged }: { template: CouponTemplateView; onChanged: (template: CouponTemplateView) => void }) {
  const [typed, setTyped] = useState(template.sharedCode ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const save = async () => {
    const checked = checkSharedCode(typed);
    setProblem(checked.ok ? null : checked.message);
    if (!checked.ok) return;
    try {
      onChanged(await setSharedCode(template.id, checked.code));
      setTyped(checked.code);
      toastSuccess('通用兑换码已保存');
    } catch (error) {
      setProblem(errorText(error));
    }
  };
  return (
    <View className='mk-issue__section'>
      <FormRow label='通用兑换码' error={problem ?? undefined} testId={`coupon-${template.id}-shared`}>
        <FormInput value={typed} onChange={setTyped} placeholder='4-32 位字母或数字，如 VIP2026' testId={`coupon-${template.id}-shared-input`} />
        <SubmitButton onSubmit={save} busyText='保存中…' variant='secondary' testId={`coupon-${template.id}-shared-save`}>
          {template.sharedCode ? '更换' : '设置'}
        </SubmitButton>
      </FormRow>
    </View>
  );
}

/**
 * A template's latest pushes, each followed until the job has worked it to the end;
 * `onFinished` runs when one finishes while the panel is open.
 */
function usePushes(templateId: number, onFinished: () => void): [CouponPushView[], (push: CouponPushView) => void] {
  const [pushes, setPushes] = useState<CouponPushView[]>([]);
  useEffect(() => {
    let gone = false;
    fetchCouponPushes(templateId)
      .then((page) => !gone && setPushes((current) => [...current, ...page.items.filter((p) => !current.some((c) => c.id === p.id))]))
      .catch(() => undefined);
    return () => {
      gone = true;
    };
  }, [templateId]);
  useEffect(() => {
    const running = pushes.filter((p) => !pushFinished(p));
    if (running.length === 0) return undefined;
    let gone = false;
    const timer = setTimeout(() => {
      void Promise.all(running.map((p) => fetchCouponPush(p.id).catch(() => p))).then((answers) => {
        if (gone) return;
        const fresh = new Map(answers.map((p) => [p.id, p]));
        // A new array even when nothing moved, so the next round is scheduled.
        setPushes((current) => current.map((p) => fresh.get(p.id) ?? p));
        if (answers.some(pushFinished)) onFinished();
      });
    }, PUSH_POLL_MS);
    return () => {
      gone = true;
      clearTimeout(timer);
    };
  }, [pushes]);
  return [pushes, (push) => setPushes((current) => [push, ...current.filter((p) => p.id !== push.id)])];
}

const segmentLabel = (segment: CouponPushView['segment']) => (segment.kind in SEGMENT_LABELS ? SEGMENT_LABELS[segment.kind as SegmentKind] : segment.kind);

/** 推送记录: the latest pushes and how far each got. */
function PushHistory({ templateId, pushes }: { templateId: number; pushes: CouponPushView[] }) {
  if (pushes.length === 0) return null;
  return (
    <View className='mk-pushes' data-testid={`coupon-${templateId}-pushes`}>
      <Text className='mk-pushes__title'>推送记录</Text>
      {pushes.map((p, index) => (
        <View key={p.id} className='mk-push' data-testid={`coupon-push-${p.id}`}>
          <Text className='mk-push__who'>
            {segmentLabel(p.segment)} · {formatDateTime(p.createdAt)}
          </Text>
          <Text className={p.status === 'failed' ? 'staff-error' : 'staff-muted'} data-testid={index === 0 ? `coupon-${templateId}-push-progress` : undefined}>
            {pushProgressText(p)}
          </Text>
        </View>
      ))}
    </View>
  );
}

/** 定向推送: hand the coupon straight to a segment of members; the job issues it in batches. */
function Push({ template, lookups, onFinished }: { template: CouponTemplateView; lookups: CouponLookups; onFinished: () => void }) {
  const [form, setForm] = useState<SegmentForm>(emptySegmentForm);
  const [problem, setProblem] = useState<string | null>(null);
  const [pushes, addPush] = usePushes(template.id, onFinished);
  const running = pushes.some((p) => !pushFinished(p));
  const set = (fields: Partial<SegmentForm>) => setForm((current) => ({ ...current, ...fields }));
  const toggleTier = (code: string) => set({ tierCodes: form.tierCodes.includes(code) ? form.tierCodes.filter((c) => c !== code) : [...form.tierCodes, code] });

  const send = async () => {
    const request = segmentRequest(form);
    setProblem(request.ok ? null : request.message);
    if (!request.ok) return;
    const who = segmentText(request.segment, { tiers: lookups.tierNames, categories: lookups.categoryNames });
    const { confirm } = await Taro.showModal({ title: '推送优惠券', content: `把「${template.name}」发给${who}？已领满或不符合条件的会员会跳过。`, confirmText: '推送' });
    if (!confirm) return;
    try {
      addPush(await createCouponPush(template.id, request.segment));
    } catch (error) {
      setProblem(errorText(error));
    }
  };

  if (template.status !== 'active') {
    return (
      <View className='mk-issue__section'>
        <Text className='staff-muted'>定向推送：优惠券上线后才能推送给会员</Text>
        <PushHistory templateId={template.id} pushes={pushes} />
      </View>
    );
  }
  return (
    <View className='mk-issue__section'>
      <FormRow label='推送给' error={problem ?? undefined} testId={`coupon-${template.id}-push`}>
        <ChoiceTiles items={SEGMENT_ITEMS} value={form.kind} onChange={(kind) => set({ kind })} testId={`coupon-${template.id}-segment`} />
      </FormRow>
      {form.kind === 'phones' ? (
        <FormRow label='手机号'>
          <Textarea className='staff-input mk-field mk-textarea' value={form.phones} placeholder='每行一个，或用逗号、空格隔开' maxlength={-1} onInput={(e) => set({ phones: e.detail.value })} data-testid={`coupon-${template.id}-push-phones`} />
        </FormRow>
      ) : null}
      {form.kind === 'new_members' ? (
        <FormRow label='注册天数'>
          <FormInput value={form.withinDays} onChange={(withinDays) => set({ withinDays })} type='number' narrow testId={`coupon-${template.id}-push-within`} />
          <Text className='staff-muted'>天内注册</Text>
        </FormRow>
      ) : null}
      {form.kind === 'tier' ? (
        <FormRow label='会员等级'>
          <View className='staff-choices mk-field'>
            {lookups.tiers.map((tier) => (
              <Text key={tier.code} className={`staff-choice${form.tierCodes.includes(tier.code) ? ' staff-choice--on' : ''}`} onClick={() => toggleTier(tier.code)} data-testid={`coupon-${template.id}-push-tier-${tier.code}`}>
                {tier.name}
              </Text>
            ))}
          </View>
        </FormRow>
      ) : null}
      {form.kind === 'bought_in_category' ? (
        <>
          <FormRow label='分类'>
            <View className='staff-choices mk-field'>
              {lookups.categories.map((category) => (
                <Text key={category.id} className={`staff-choice${form.categoryId === category.id ? ' staff-choice--on' : ''}`} onClick={() => set({ categoryId: category.id })} data-testid={`coupon-${template.id}-push-category-${category.id}`}>
                  {category.name}
                </Text>
              ))}
            </View>
          </FormRow>
          <FormRow label='购买时间'>
            <Text className='staff-muted'>最近</Text>
            <FormInput value={form.boughtWithinDays} onChange={(boughtWithinDays) => set({ boughtWithinDays })} type='number' narrow placeholder='不填则不限' testId={`coupon-${template.id}-push-bought-within`} />
            <Text className='staff-muted'>天</Text>
          </FormRow>
        </>
      ) : null}
      {form.kind === 'inactive_days' ? (
        <FormRow label='沉睡天数'>
          <FormInput value={form.inactiveDays} onChange={(inactiveDays) => set({ inactiveDays })} type='number' narrow testId={`coupon-${template.id}-push-inactive`} />
          <Text className='staff-muted'>天没有下单</Text>
        </FormRow>
      ) : null}
      <View className='mk-actions'>
        <SubmitButton onSubmit={send} busyText='提交中…' disabled={running} testId={`coupon-${template.id}-push-send`}>
          推送
        </SubmitButton>
      </View>
      {running ? <Text className='staff-muted'>推送进行中，完成后可再次推送</Text> : null}
      <PushHistory templateId={template.id} pushes={pushes} />
    </View>
  );
}

/** The ways to hand a template out: single-use codes, a shared code, a push to a member segment. */
export function IssuePanel({ template, lookups, onChanged, onIssued }: { template: CouponTemplateView; lookups: CouponLookups; onChanged: (template: CouponTemplateView) => void; onIssued: () => void }) {
  return (
    <View className='mk-issue' data-testid={`coupon-${template.id}-issue`}>
      <RedeemCodes template={template} />
      <SharedCode template={template} onChanged={onChanged} />
      <Push template={template} lookups={lookups} onFinished={onIssued} />
    </View>
  );
}
