import type { OrderView } from '@shop/shared';
import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useReachBottom, useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { fetchOrders } from '../../../api';
import { LazyImage, ListStates, LoadMore, Price, Tabs } from '../../../components';
import { useCursorList } from '../../../hooks/useCursorList';
import { paymentFigures } from '../../../lib/order-state';
import { ORDER_TABS, orderTab, type OrderTabKey } from '../../../lib/order-tabs';
import { PAGES, openPage } from '../../../lib/routes';
import { OrderActions } from '../shared/OrderActions';
import '../shared/trade.scss';
import './index.scss';

const orderKey = (order: OrderView) => order.id;

/** 我的订单: tabs by status, newest first, infinite scroll and pull-to-refresh. */
export default function OrdersPage() {
  const { params } = useRouter();
  const [tab, setTab] = useState<OrderTabKey>(orderTab(params.tab).key);
  const { statuses } = orderTab(tab);
  const list = useCursorList((cursor) => fetchOrders({ statuses, cursor, limit: 10 }, { quiet: true }), orderKey, [tab]);
  const [changed, setChanged] = useState<Record<number, OrderView>>({});

  useReachBottom(list.loadMore);
  usePullDownRefresh(async () => {
    setChanged({});
    await list.refresh();
    Taro.stopPullDownRefresh();
  });

  return (
    <View className='orders'>
      <Tabs items={ORDER_TABS} active={tab} onChange={setTab} testId='order-tabs' />
      <ListStates list={list} empty={{ icon: 'package', title: '还没有相关订单', actionText: '去逛逛', onAction: () => openPage(PAGES.home) }} />
      {list.items.map((item) => {
        const order = changed[item.id] ?? item;
        const payment = paymentFigures(order);
        return (
          <View key={order.id} className='trade-card orders__card' data-testid='order-card'>
            <View onClick={() => openPage(PAGES.order, { id: order.id })}>
              <View className='orders__head'>
                <Text className='orders__no'>{order.fulfillment.type === 'pickup' ? '到店自提' : '快递配送'} · {order.orderNo}</Text>
                <Text className='orders__status' data-testid='order-status'>{order.statusLabel}</Text>
              </View>
              <View className='orders__thumbs'>
                {order.lines.slice(0, 4).map((line) => (
                  <LazyImage key={line.skuId} src={line.image} className='orders__thumb' />
                ))}
                {order.lines.length === 1 ? <Text className='orders__single'>{order.lines[0]!.title}</Text> : null}
              </View>
              <View className='orders__total' data-testid='order-card-total'>
                <Text>
                  共 {order.lines.reduce((n, l) => n + l.qty, 0)} 件 {payment.paid ? '实付' : '应付'}{' '}
                </Text>
                <Price fen={payment.amount} size='sm' />
                {payment.paid && payment.refunded > 0 ? (
                  <Text className='orders__refunded'>
                    · 已退款 <Price fen={payment.refunded} size='sm' />
                  </Text>
                ) : null}
                {!payment.paid && order.status === 'cancelled' ? <Text className='orders__unpaid'>· {payment.note}</Text> : null}
              </View>
            </View>
            <View className='orders__actions'>
              <OrderActions order={order} onChanged={(next) => setChanged((c) => ({ ...c, [next.id]: next }))} />
            </View>
          </View>
        );
      })}
      {!list.initial && list.items.length > 0 ? <LoadMore loading={list.loading} finished={list.finished} failed={list.failed} onRetry={list.loadMore} /> : null}
    </View>
  );
}
