import type { OrderView } from '@shop/shared';
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { EmptyState, FailedState, Icon, Price, Skeleton, SubmitButton, type NotFoundProps } from '../../../components';
import { QrCode } from '../../../components/QrCode';
import { useCountdown } from '../../../hooks/useCountdown';
import { formatCountdown } from '../../../lib/format';
import { idParam, replacePage } from '../../../lib/routes';
import { cancelStaffOrder } from '../api/orders';
import { OrderCard } from '../components/OrderCard';
import { PanelFailed } from '../../../components/PanelFailed';
import { staffPage } from '../components/staffPage';
import { useCounterPayment, type CounterPayment } from '../hooks/useCounterPayment';
import { openCashier } from '../lib/cashier';
import { STAFF_PAGES } from '../routes';
import './index.scss';

/** An order id the store does not know (or none at all): nothing to take payment for. */
const NO_ORDER: Omit<NotFoundProps, 'onAction'> = { title: '订单不存在', description: '该订单不是本店的订单，或链接有误，请回到收银台重新下单', actionText: '返回收银台' };

function Paid({ order }: { order: OrderView }) {
  return (
    <View className='staff-card staff-pay__done' data-testid='pay-paid'>
      <View className='staff-pay__tick'>
        <Icon name='check' size='56px' color='#fff' strokeWidth={2.5} />
      </View>
      <Text className='staff-pay__state'>已收款</Text>
      <Price fen={order.payableTotal} size='lg' />
      {order.pickup ? (
        <View className='staff-pay__pickup'>
          <Text className='staff-pay__pickup-code' data-testid='pay-pickup-code'>
            {order.pickup.code ? `取货码 ${order.pickup.code}` : '取货码已发送至会员的「我的订单」'}
          </Text>
          <Text className='staff-muted' data-testid='pay-pickup-ready'>
            {order.pickup.ready ? '商品已在门店，可凭码取货' : '商品调拨中，到店后会通知顾客取货'}
          </Text>
        </View>
      ) : null}
      <SubmitButton onSubmit={async () => replacePage(STAFF_PAGES.counter)} className='staff-block staff-pay__next' testId='next-customer'>
        下一位顾客
      </SubmitButton>
    </View>
  );
}

/** The QR, a skeleton while it is asked for, or why it could not be had (the order is still there to cancel). */
function PayQr({ payment: { qr, error, reload } }: { payment: CounterPayment }) {
  if (qr) return <QrCode text={qr.codeUrl} className='staff-pay__qr' testId='pay-qr' />;
  if (error) return <PanelFailed error={error} onRetry={reload} testId='pay-qr-failed' />;
  return <Skeleton rows={3} />;
}

function AwaitingPayment({ order, payment, onCancel }: { order: OrderView; payment: CounterPayment; onCancel: () => Promise<void> }) {
  const left = useCountdown(order.payDeadline);
  const cashierUrl = payment.qr?.cashierUrl ?? null;
  return (
    <View className='staff-card staff-pay__qr-card' data-testid='pay-awaiting'>
      <Text className='staff-pay__hint'>请顾客打开微信「扫一扫」支付</Text>
      <Price fen={order.payableTotal} size='lg' testId='pay-amount' />
      <PayQr payment={payment} />
      <Text className='staff-muted' data-testid='pay-status'>
        等待支付{left !== null ? ` · 剩余 ${formatCountdown(left)}` : ''}
      </Text>
      <View className='staff-row staff-pay__actions'>
        {cashierUrl ? (
          <SubmitButton onSubmit={async () => openCashier(cashierUrl)} variant='secondary' testId='open-cashier'>
            模拟扫码支付
          </SubmitButton>
        ) : null}
        <SubmitButton onSubmit={onCancel} variant='plain' busyText='取消中…' testId='cancel-order'>
          取消订单
        </SubmitButton>
      </View>
    </View>
  );
}

/** 收款: the Native QR the customer scans, updated live; a big 已收款 once the server has the payment. */
function PayDesk() {
  const orderId = idParam(useRouter().params.orderId);
  const payment = useCounterPayment(orderId);
  const { order, error, reload } = payment;

  const backToCounter = () => replacePage(STAFF_PAGES.counter);
  const cancel = async () => {
    if (!order) return;
    const { confirm } = await Taro.showModal({ title: '取消订单', content: '顾客不再购买？取消后需重新下单。' });
    if (!confirm) return;
    await cancelStaffOrder(order.id);
    backToCounter();
  };

  const body = (() => {
    if (!order) return error ? <FailedState error={error} onRetry={reload} notFound={{ ...NO_ORDER, onAction: backToCounter }} /> : <Skeleton rows={6} />;
    if (order.paidAt) return <Paid order={order} />;
    if (order.status === 'pending_payment') return <AwaitingPayment order={order} payment={payment} onCancel={cancel} />;
    return <EmptyState icon='order' title={`订单${order.statusLabel}`} description='该订单无法收款，请重新下单' actionText='返回收银台' onAction={backToCounter} />;
  })();

  return (
    <View className='staff-cols'>
      <View className='staff-col staff-col--main'>{body}</View>
      <View className='staff-col staff-col--side'>{order ? <OrderCard order={order} /> : null}</View>
    </View>
  );
}

export default staffPage(null, PayDesk);
