import { Text, View } from '@tarojs/components';
import type { PaymentAnomalyView } from '@shop/shared';
import { useState } from 'react';
import { EmptyState, SubmitButton, Tabs } from '../../../components';
import { useCursorList } from '../../../hooks/useCursorList';
import { formatDateTime } from '../../../lib/format';
import { toastSuccess } from '../../../lib/toast';
import { useListPage } from '../../../hooks/useListPage';
import { ListCard } from '../../../components/ListCard';
import { acknowledgePaymentAnomaly, fetchPaymentAnomalies } from '../api/payment-anomalies';
import { marketingPage, type ConsoleProps } from '../components/MarketingShell';
import { anomalyKindLabel, anomalyReference, expectedVersusReceived } from '../lib/anomaly-text';

type Filter = 'open' | 'all';
const FILTERS: readonly { key: Filter; label: string }[] = [
  { key: 'open', label: '待处理' },
  { key: 'all', label: '全部' },
];

const NO_ANOMALIES = { icon: 'check-circle', description: '金额、商户号对不上或找不到订单的支付通知会出现在这里' } as const;

function AnomalyCard({ initial }: { initial: PaymentAnomalyView }) {
  const [anomaly, setAnomaly] = useState(initial);
  const mismatch = expectedVersusReceived(anomaly);
  const testId = `anomaly-${anomaly.id}`;
  return (
    <View className='staff-list-row' data-testid={testId}>
      <View className='staff-grow'>
        <View className='staff-row'>
          <Text className='mk-status mk-status--paused' data-testid={`${testId}-kind`}>
            {anomalyKindLabel(anomaly.kind)}
          </Text>
          <Text className='staff-title' data-testid={`${testId}-reference`}>
            {anomalyReference(anomaly)}
          </Text>
        </View>
        {mismatch ? <Text data-testid={`${testId}-amounts`}>{mismatch}</Text> : null}
        <Text className='staff-muted' data-testid={`${testId}-time`}>
          收到于 {formatDateTime(anomaly.createdAt)}
        </Text>
        {anomaly.acknowledgedAt ? (
          <Text className='mk-status mk-status--ended' data-testid={`${testId}-handled`}>
            已处理 · {formatDateTime(anomaly.acknowledgedAt)}
          </Text>
        ) : (
          <View className='mk-actions'>
            <SubmitButton
              busyText='处理中…'
              testId={`${testId}-acknowledge`}
              onSubmit={async () => {
                setAnomaly(await acknowledgePaymentAnomaly(anomaly.id));
                toastSuccess('已标记为已处理');
              }}
            >
              标记已处理
            </SubmitButton>
          </View>
        )}
      </View>
    </View>
  );
}

/**
 * 支付异常: genuine WeChat Pay notifications the shop acknowledged but could not apply (a wrong
 * amount, another merchant, an unknown order): an admin checks each one in the merchant platform
 * and marks it handled. Until the operations console exists it lives here, for admins only.
 */
function PaymentAnomaliesDesk({ session }: ConsoleProps) {
  if (session.role !== 'admin') return <EmptyState icon='lock' title='仅管理员可查看支付异常' description='请使用管理员账号登录营销后台' testId='anomaly-admin-only' />;
  return <AnomalyList />;
}

function AnomalyList() {
  const [filter, setFilter] = useState<Filter>('open');
  const list = useCursorList((cursor) => fetchPaymentAnomalies(filter === 'open' ? 'open' : null, cursor, { quiet: true }), (item: PaymentAnomalyView) => item.id, [filter]);
  useListPage(list);
  return (
    <View>
      <Tabs items={FILTERS} active={filter} onChange={setFilter} testId='anomaly-filter' />
      <ListCard
        title='支付异常'
        list={list}
        testId='anomaly-list'
        empty={filter === 'open' ? { ...NO_ANOMALIES, title: '没有待处理的支付异常', actionText: '查看全部', onAction: () => setFilter('all') } : { ...NO_ANOMALIES, title: '还没有支付异常' }}
      >
        {list.items.map((anomaly) => (
          <AnomalyCard key={anomaly.id} initial={anomaly} />
        ))}
      </ListCard>
    </View>
  );
}

export default marketingPage('paymentAnomalies', PaymentAnomaliesDesk);
