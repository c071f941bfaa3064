import type { StaffOrderListItem, StaffSalesSummary } from '@shop/shared';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Price, SubmitButton } from '../../../components';
import { useCursorList } from '../../../hooks/useCursorList';
import { formatDateTime } from '../../../lib/format';
import { pageUrl, replacePage } from '../../../lib/routes';
import { useListPage } from '../../../hooks/useListPage';
import { fetchTodayOrders } from '../api/orders';
import { FigureRow } from '../components/FigureRow';
import { ListCard } from '../../../components/ListCard';
import { staffPage } from '../components/staffPage';
import { itemCount } from '../lib/counter';
import { salesFigures } from '../lib/figures';
import { FULFILLMENT_LABELS } from '../lib/order-body';
import { STAFF_PAGES } from '../routes';

const orderKey = (order: StaffOrderListItem) => order.id;

/** Who bought: the member's nickname and masked phone, or 散客 for a guest. */
function buyerText(order: Pick<StaffOrderListItem, 'memberId' | 'buyer'>): string {
  if (order.buyer) return order.buyer.phone ? `${order.buyer.nickname} ${order.buyer.phone}` : order.buyer.nickname;
  return order.memberId !== null ? '会员' : '散客';
}

function OrderRow({ order }: { order: StaffOrderListItem }) {
  return (
    <View className='staff-list-row' data-testid='today-order'>
      <Text className='staff-muted'>{formatDateTime(order.createdAt).slice(11)}</Text>
      <View className='staff-grow'>
        <Text className='staff-today__no'>{order.orderNo}</Text>
        <Text className='staff-muted'>
          <Text data-testid='today-order-buyer'>{buyerText(order)}</Text> · {FULFILLMENT_LABELS[order.fulfillment.type]} · {itemCount(order.lines)} 件
        </Text>
      </View>
      <Price fen={order.payableTotal} size='sm' />
      <Text className='staff-today__status' data-testid='today-order-status'>{order.statusLabel}</Text>
      {order.status === 'pending_payment' ? (
        <SubmitButton onSubmit={async () => replacePage(pageUrl(STAFF_PAGES.pay, { orderId: order.id }))} variant='plain' testId='today-order-pay'>
          去收款
        </SubmitButton>
      ) : null}
    </View>
  );
}

/** 今日订单: the store's orders of the day (China time) with orders, paid orders and net sales. */
function TodayDesk() {
  const [summary, setSummary] = useState<StaffSalesSummary | null>(null);
  const list = useCursorList(
    async (cursor) => {
      // Quiet: the card says why the list could not be read, with a retry.
      const page = await fetchTodayOrders(cursor, { quiet: true });
      if (cursor === null) setSummary(page.summary);
      return page;
    },
    orderKey,
    [],
  );
  useListPage(list);
  return (
    <View>
      {summary ? <FigureRow figures={salesFigures(summary)} /> : null}
      <ListCard
        title={`今日订单${summary ? `（${summary.date}）` : ''}`}
        list={list}
        empty={{ icon: 'order', title: '今天还没有订单', description: '在收银台为顾客下单后会出现在这里', actionText: '去收银台', onAction: () => replacePage(STAFF_PAGES.counter) }}
        action={
          <Text className='staff-link' onClick={() => void list.refresh()} data-testid='today-refresh'>
            刷新
          </Text>
        }
        testId='today-orders'
      >
        {list.items.map((order) => (
          <OrderRow key={order.id} order={order} />
        ))}
      </ListCard>
    </View>
  );
}

export default staffPage('orders', TodayDesk);
