import type { CommissionOrderView, StaffCommissionView } from '@shop/shared';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Price, type EmptyStateProps } from '../../../components';
import { useCursorList } from '../../../hooks/useCursorList';
import { formatDateTime } from '../../../lib/format';
import { replacePage } from '../../../lib/routes';
import { useListPage } from '../../../hooks/useListPage';
import { fetchMyCommission } from '../api/desk';
import { FigureRow } from '../components/FigureRow';
import { ListCard } from '../../../components/ListCard';
import { staffPage } from '../components/staffPage';
import { channelText, chinaMonthOf, commissionFigures, shiftMonth } from '../lib/figures';
import { STAFF_PAGES } from '../routes';

const orderKey = (order: CommissionOrderView) => order.orderId;

function CommissionRow({ order }: { order: CommissionOrderView }) {
  return (
    <View className='staff-list-row' data-testid='commission-order'>
      <View className='staff-grow'>
        <Text className='staff-today__no'>{order.orderNo}</Text>
        <Text className='staff-muted'>
          {channelText(order.channel)} · 支付于 {formatDateTime(order.paidAt)}
        </Text>
      </View>
      {order.refunded > 0 ? <Price fen={order.refunded} size='sm' label='退' /> : null}
      <Price fen={order.net} size='sm' />
    </View>
  );
}

/** A month without credited orders: this month's way forward is the counter, an earlier one's is back to this month. */
function emptyMonth(current: boolean, toThisMonth: () => void): Omit<EmptyStateProps, 'testId'> {
  const way = current ? { actionText: '去收银台', onAction: () => replacePage(STAFF_PAGES.counter) } : { actionText: '查看本月', onAction: toThisMonth };
  return { icon: 'coin', title: '这个月还没有计入提成的订单', description: '门店下单和导购顾客的线上订单付款后计入', ...way };
}

/** 我的提成: a month's paid, refunded and net sales credited to me, the commission, and its orders. */
function CommissionDesk() {
  const thisMonth = chinaMonthOf(new Date());
  const [month, setMonth] = useState(thisMonth);
  const [figures, setFigures] = useState<StaffCommissionView | null>(null);
  const list = useCursorList(
    async (cursor) => {
      // Quiet: the card says why the month could not be read, with a retry.
      const view = await fetchMyCommission(month, cursor, { quiet: true });
      if (cursor === null) setFigures(view);
      return { items: view.items, nextCursor: view.nextCursor };
    },
    orderKey,
    [month],
  );
  useListPage(list);
  const shown = figures?.month === month ? figures : null;
  return (
    <View>
      <View className='staff-row staff-commission__months'>
        <Text className='staff-link' onClick={() => setMonth(shiftMonth(month, -1))} data-testid='month-prev'>
          ‹ 上个月
        </Text>
        <Text className='staff-title staff-commission__month' data-testid='commission-month'>
          {month}
        </Text>
        {month < thisMonth ? (
          <Text className='staff-link' onClick={() => setMonth(shiftMonth(month, 1))} data-testid='month-next'>
            下个月 ›
          </Text>
        ) : null}
      </View>
      {shown ? <FigureRow figures={commissionFigures(shown)} /> : null}
      <ListCard title='计入提成的订单' list={list} empty={emptyMonth(month === thisMonth, () => setMonth(thisMonth))} testId='commission-orders'>
        {list.items.map((order) => (
          <CommissionRow key={order.orderId} order={order} />
        ))}
      </ListCard>
    </View>
  );
}

export default staffPage('commission', CommissionDesk);
