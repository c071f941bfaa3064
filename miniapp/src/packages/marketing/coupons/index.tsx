import { Text, View } from '@tarojs/components';
import type { CouponTemplateView } from '@shop/shared';
import { useState } from 'react';
import { Skeleton, SubmitButton } from '../../../components';
import { useAsyncData } from '../../../hooks/useAsyncData';
import { pageUrl, replacePage } from '../../../lib/routes';
import { toastSuccess } from '../../../lib/toast';
import { couponFace } from '../../../lib/coupon-rules';
import { fetchCouponStats, fetchCouponTemplate, fetchCouponTemplates, setCouponTemplateStatus } from '../api/coupon-templates';
import { PanelFailed } from '../../../components/PanelFailed';
import { useCouponLookups, type CouponLookups } from '../components/coupon-lookups';
import { marketingPage } from '../components/MarketingShell';
import { PromotionList } from '../components/PromotionList';
import { StatFigures } from '../components/StatFigures';
import { StatusBadge, StatusMoves } from '../components/StatusMoves';
import { COUPON_KIND_LABELS } from '../lib/coupon-form';
import { couponStatFigures, couponTemplateFacts, issuedText, sourceBreakdownText } from '../lib/coupon-text';
import { MARKETING_PAGES } from '../routes';
import { IssuePanel } from './IssuePanel';
import './index.scss';

/** The template's numbers; should they fail, the card says so with a retry and stays usable. */
function CouponStats({ id, version }: { id: number; version: number }) {
  const stats = useAsyncData(() => fetchCouponStats(id), [id, version]);
  if (stats.loading) return <Skeleton rows={1} />;
  if (!stats.data) return <PanelFailed error={stats.error} onRetry={() => void stats.reload()} testId={`coupon-stats-${id}-failed`} />;
  const sources = sourceBreakdownText(stats.data);
  return (
    <>
      <StatFigures figures={couponStatFigures(stats.data)} testId={`coupon-stats-${id}`} />
      {sources ? (
        <Text className='staff-muted' data-testid={`coupon-sources-${id}`}>
          发放渠道：{sources}
        </Text>
      ) : null}
    </>
  );
}

function CouponCard({ initial, lookups }: { initial: CouponTemplateView; lookups: CouponLookups }) {
  const [template, setTemplate] = useState(initial);
  const [issuing, setIssuing] = useState(false);
  // Bumped after a push finished, so the numbers are read again.
  const [version, setVersion] = useState(0);
  const refresh = async () => {
    setTemplate(await fetchCouponTemplate(template.id).catch(() => template));
    setVersion((v) => v + 1);
  };
  return (
    <View className='staff-list-row' data-testid={`coupon-${template.id}`}>
      <View className='mk-coupon-face'>
        <Text className='mk-coupon-face__figure'>{couponFace(template)}</Text>
        <Text className='mk-coupon-face__kind'>{COUPON_KIND_LABELS[template.kind]}</Text>
      </View>
      <View className='staff-grow'>
        <View className='staff-row'>
          <Text className='staff-title' data-testid='coupon-name'>{template.name}</Text>
          <StatusBadge status={template.status} testId={`coupon-status-${template.id}`} />
          <Text className='staff-muted' data-testid={`coupon-issued-${template.id}`}>
            {issuedText(template)}
          </Text>
        </View>
        <View className='mk-facts' data-testid={`coupon-facts-${template.id}`}>
          {couponTemplateFacts(template, lookups).map((fact) => (
            <Text key={fact}>{fact}</Text>
          ))}
        </View>
        {template.status === 'active' ? (
          <Text className='staff-muted'>
            {template.claimCentre
              ? `会员可在领券中心领取${template.sharedCode ? '，或输入通用兑换码兑换' : ''}`
              : `不在领券中心展示，${template.sharedCode ? '会员可输入通用兑换码兑换' : '可生成兑换码或推送给会员'}`}
          </Text>
        ) : null}
        {template.sharedCode ? (
          <Text className='mk-facts' data-testid={`coupon-shared-code-${template.id}`}>
            通用兑换码：{template.sharedCode}
          </Text>
        ) : null}
        {template.status === 'draft' ? null : <CouponStats id={template.id} version={version} />}
        <View className='mk-coupon-actions'>
          <StatusMoves
            name={template.name}
            status={template.status}
            testId={`coupon-${template.id}-move`}
            onMove={async (target) => {
              setTemplate(await setCouponTemplateStatus(template.id, target));
              toastSuccess('已更新');
            }}
          />
          {template.status === 'draft' ? (
            <SubmitButton onSubmit={async () => replacePage(pageUrl(MARKETING_PAGES.couponNew, { id: template.id }))} variant='plain' testId={`coupon-${template.id}-edit`}>
              修改
            </SubmitButton>
          ) : null}
          {template.status === 'ended' ? null : (
            <SubmitButton onSubmit={async () => setIssuing(!issuing)} variant='secondary' testId={`coupon-${template.id}-issue-toggle`}>
              {issuing ? '收起发放' : '发放'}
            </SubmitButton>
          )}
        </View>
        {issuing && template.status !== 'ended' ? <IssuePanel template={template} lookups={lookups} onChanged={setTemplate} onIssued={() => void refresh()} /> : null}
      </View>
    </View>
  );
}

/** 优惠券: every template with its rules, numbers, status actions and the ways to issue it. */
function CouponsDesk() {
  const lookups = useCouponLookups();
  return (
    <PromotionList noun='优惠券' testId='coupon' newPage={MARKETING_PAGES.couponNew} empty={{ icon: 'coupon', description: '新建一张优惠券，上线后即可发放给会员' }} load={fetchCouponTemplates}>
      {(template: CouponTemplateView) => <CouponCard initial={template} lookups={lookups} />}
    </PromotionList>
  );
}

export default marketingPage('coupons', CouponsDesk);
