import type { OrderView } from '@shop/shared';
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { fetchOrder, type GroupOrderDetail } from '../../../api';
import { AsyncView, Icon, Price, Skeleton } from '../../../components';
import { useAsyncData } from '../../../hooks/useAsyncData';
import { useCountdown } from '../../../hooks/useCountdown';
import { formatCountdown, formatDateTime } from '../../../lib/format';
import { loadById } from '../../../lib/load-failure';
import { isAwaitingPayment, paymentFigures, showsDeliveryEta, statusHint } from '../../../lib/order-state';
import { idParam } from '../../../lib/routes';
import { AddressText } from '../shared/AddressText';
import { OrderActions } from '../shared/OrderActions';
import { OrderLines } from '../shared/OrderLines';
import { ORDER_NOT_FOUND } from '../shared/order-not-found';
import { PriceBreakdown } from '../shared/PriceBreakdown';
import { OrderGroup } from './OrderGroup';
import { PickupCode } from './PickupCode';
import { StatusTimeline } from './StatusTimeline';
import '../shared/trade.scss';
import './index.scss';

/** 订单详情: status with pay countdown, where it goes, goods, the charged price, history, actions. */
export default function OrderPage() {
  const { params } = useRouter();
  const id = idParam(params.id);
  // The detail answer of a group-buy order also names its group.
  const order = useAsyncData<GroupOrderDetail>(() => loadById(id, (orderId) => fetchOrder(orderId, { quiet: true })), [id], { reloadOnShow: true });
  return (
    <AsyncView state={order} skeleton={<Skeleton rows={8} />} notFound={ORDER_NOT_FOUND}>
      {(detail) => {
        const group = detail.group ?? null;
        // An action answers with the bare order: keep the group shown, and ask again for its new state.
        const changed = (next: OrderView) => {
          order.setData({ ...next, group });
          if (group) void order.reload();
        };
        return <OrderDetail order={detail} onChanged={changed} />;
      }}
    </AsyncView>
  );
}

function OrderDetail({ order, onChanged }: { order: GroupOrderDetail; onChanged: (order: OrderView) => void }) {
  const left = useCountdown(isAwaitingPayment(order) ? order.payDeadline : null);
  const { address, store } = order.fulfillment;
  const payment = paymentFigures(order);
  return (
    <View className='order'>
      <View className='order__status'>
        <Text className='order__status-label' data-testid='order-status'>
          {order.statusLabel}
        </Text>
        <Text className='order__status-hint'>{statusHint(order)}</Text>
        {left !== null ? (
          <Text className='order__countdown' data-testid='pay-countdown'>
            剩余支付时间 {formatCountdown(left)}
          </Text>
        ) : null}
      </View>

      <View className='trade-card'>
        {order.fulfillment.type === 'delivery' && address ? (
          <View>
            <AddressText address={address} />
            {order.fulfillment.eta && showsDeliveryEta(order) ? (
              <View className='order__where' data-testid='order-eta'>
                <Icon name='truck' size={28} color='#666' className='icon--lead' />
                <Text>{order.fulfillment.eta}</Text>
              </View>
            ) : null}
            {order.shipment ? (
              <View className='order__where' data-testid='order-shipment'>
                <Icon name='truck' size={28} color='#666' className='icon--lead' />
                <Text>
                  {order.shipment.carrier} {order.shipment.trackingNo} · {formatDateTime(order.shipment.shippedAt)} 发出
                </Text>
              </View>
            ) : null}
          </View>
        ) : null}
        {order.fulfillment.type === 'pickup' && store ? (
          <View>
            <View className='trade-section-title'>
              <Icon name='store' size={32} color='#333' className='icon--lead' />
              <Text>到店自提 · {store.name}</Text>
            </View>
            <Text className='order__where'>{store.address}</Text>
            <Text className='order__where'>
              营业时间 {store.openingHours} · 电话 {store.phone}
            </Text>
          </View>
        ) : null}
      </View>

      {order.group ? <OrderGroup group={order.group} /> : null}
      {order.pickup?.code && order.pickup.qrPayload && store && order.status === 'awaiting_pickup' ? <PickupCode pickup={{ code: order.pickup.code, qrPayload: order.pickup.qrPayload }} storeName={store.name} /> : null}

      <OrderLines lines={order.lines} />
      <PriceBreakdown source={order} />
      <View className='trade-card'>
        {payment.paid ? (
          <View className='trade-row'>
            <Text className='trade-row__label'>实付款</Text>
            <Price fen={payment.amount} size='md' testId='order-total' />
          </View>
        ) : (
          <View className='trade-row' data-testid='order-unpaid'>
            <Text className='trade-row__label'>应付款</Text>
            <View className='order__unpaid'>
              <Price fen={payment.amount} size='md' testId='order-payable' />
              <Text className='order__unpaid-note' data-testid='order-unpaid-note'>
                {payment.note}
              </Text>
            </View>
          </View>
        )}
        {payment.paid && payment.refunded > 0 ? (
          <View className='trade-row'>
            <Text className='trade-row__label'>已退款</Text>
            <Price fen={payment.refunded} size='md' testId='order-refunded' />
          </View>
        ) : null}
        {order.pointsUsed > 0 ? (
          <View className='trade-row'>
            <Text className='trade-row__label'>使用积分</Text>
            <Text className='trade-row__value'>{order.pointsUsed}</Text>
          </View>
        ) : null}
      </View>

      <View className='trade-card'>
        <InfoRow label='订单编号' value={order.orderNo} />
        <InfoRow label='下单时间' value={formatDateTime(order.createdAt)} />
        {order.paidAt ? <InfoRow label='付款时间' value={formatDateTime(order.paidAt)} /> : null}
        {order.buyerNote ? <InfoRow label='订单备注' value={order.buyerNote} /> : null}
      </View>

      {order.events?.length ? <StatusTimeline events={order.events} /> : null}

      <View className='trade-bar'>
        <OrderActions order={order} onChanged={onChanged} />
      </View>
    </View>
  );
}

function InfoRow({ label, value }: { label: string; value: string }) {
  return (
    <View className='trade-row'>
      <Text className='trade-row__label'>{label}</Text>
      <Text className='trade-row__value'>{value}</Text>
    </View>
  );
}
