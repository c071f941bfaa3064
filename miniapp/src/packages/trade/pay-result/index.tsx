import type { OrderView } from '@shop/shared';
import { Text, View } from '@tarojs/components';
import { useRouter, useUnload } from '@tarojs/taro';
import { useEffect, useRef, useState } from 'react';
import { fetchOrder } from '../../../api';
import { FailedState, Icon, Price, SubmitButton } from '../../../components';
import { MissingIdError, loadFailure } from '../../../lib/load-failure';
import { isAwaitingPayment, paymentSettled } from '../../../lib/order-state';
import { payOrder } from '../../../lib/pay';
import { pollUntil } from '../../../lib/poll';
import { PAGES, idParam, openPage, pageUrl, replacePage } from '../../../lib/routes';
import { ORDER_NOT_FOUND } from '../shared/order-not-found';
import '../shared/trade.scss';
import './index.scss';

const POLL_INTERVAL_MS = 1500;
const POLL_TIMEOUT_MS = 30_000;

/**
 * 支付结果: WeChat's notification reaches the server a moment after the buyer pays, so this page
 * polls the order until it shows paid (or gives up and offers to check again or pay again).
 */
export default function PayResultPage() {
  const { params } = useRouter();
  const orderId = idParam(params.orderId);
  const [order, setOrder] = useState<OrderView | null>(null);
  const [waiting, setWaiting] = useState(orderId !== null);
  /** Why no answer came at all (a link without an order counts as not found). */
  const [failure, setFailure] = useState<unknown>(() => (orderId === null ? new MissingIdError() : null));
  const left = useRef(false);
  useUnload(() => {
    left.current = true;
  });

  const check = async () => {
    if (orderId === null) return;
    setWaiting(true);
    let lastError: unknown = null;
    const load = () =>
      fetchOrder(orderId, { quiet: true, noLoginRedirect: true }).catch((error: unknown) => {
        lastError = error;
        throw error;
      });
    // Asking again will not make a missing order appear.
    const gone = () => loadFailure(lastError) === 'not_found';
    const result = await pollUntil(load, paymentSettled, { intervalMs: POLL_INTERVAL_MS, timeoutMs: POLL_TIMEOUT_MS, cancelled: () => left.current || gone() });
    if (result.value) {
      setOrder(result.value);
      setFailure(null);
    } else setFailure(lastError);
    setWaiting(false);
  };

  useEffect(() => {
    void check();
    return () => {
      left.current = true;
    };
  }, [orderId]);

  // Not one answer (or no order in the link): say why instead of "暂未查到支付结果"; an order seen before stays shown.
  if (orderId === null || (!waiting && order === null && failure !== null)) return <FailedState error={failure} onRetry={() => void check()} notFound={ORDER_NOT_FOUND} />;
  const paid = order !== null && !isAwaitingPayment(order) && order.paidAt !== null;

  return (
    <View className='pay-result' data-testid='pay-result'>
      {waiting && !paid ? (
        <View className='pay-result__head'>
          <View className='pay-result__icon'>
            <Icon name='hourglass' size={72} color='#999' />
          </View>
          <Text className='pay-result__title'>正在确认支付结果…</Text>
        </View>
      ) : paid ? (
        <View className='pay-result__head'>
          <View className='pay-result__icon pay-result__icon--ok'>
            <Icon name='check' size={80} color='#fff' strokeWidth={2.5} />
          </View>
          <Text className='pay-result__title' data-testid='pay-success'>
            支付成功
          </Text>
          <Price fen={order.payableTotal} size='lg' />
          <Text className='pay-result__sub'>{order.fulfillment.type === 'pickup' ? '商品备好后可到店自提' : '我们会尽快为你发货'}</Text>
        </View>
      ) : (
        <View className='pay-result__head'>
          <View className='pay-result__icon'>
            <Icon name='help' size={72} color='#999' />
          </View>
          <Text className='pay-result__title' data-testid='pay-pending'>
            {order && !isAwaitingPayment(order) ? `订单${order.statusLabel}` : '暂未查到支付结果'}
          </Text>
          <Text className='pay-result__sub'>如已付款，请稍后刷新；未付款可重新支付</Text>
        </View>
      )}
      <View className='pay-result__actions'>
        <SubmitButton variant='plain' onSubmit={async () => replacePage(pageUrl(PAGES.order, { id: orderId }))} testId='view-order'>
          查看订单
        </SubmitButton>
        {!paid && !waiting && order && isAwaitingPayment(order) ? (
          <SubmitButton onSubmit={async () => void (await payOrder(orderId))} testId='pay-again'>
            重新支付
          </SubmitButton>
        ) : null}
        {!paid && !waiting ? (
          <SubmitButton variant='plain' onSubmit={check}>
            刷新
          </SubmitButton>
        ) : null}
        {paid ? (
          <SubmitButton onSubmit={async () => openPage(PAGES.home)} testId='continue-shopping'>
            继续逛逛
          </SubmitButton>
        ) : null}
      </View>
    </View>
  );
}
