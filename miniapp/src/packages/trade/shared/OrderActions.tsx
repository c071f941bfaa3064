import type { OrderView } from '@shop/shared';
import Taro from '@tarojs/taro';
import { cancelOrder, confirmReceipt } from '../../../api';
import { SubmitButton } from '../../../components';
import { canCancel, canConfirmReceipt, canPay } from '../../../lib/order-state';
import { payOrder } from '../../../lib/pay';
import { PAGES, pageUrl, replacePage } from '../../../lib/routes';
import { toastSuccess } from '../../../lib/toast';

/** 取消订单 / 去支付 for an unpaid order, 确认收货 for a shipped one; `onChanged` gets the order after a change. */
export function OrderActions({ order, onChanged }: { order: OrderView; onChanged: (order: OrderView) => void }) {
  const cancel = async () => {
    const { confirm } = await Taro.showModal({ title: '取消订单', content: '确定取消这个订单吗？优惠券和积分将退回', confirmText: '取消订单', cancelText: '再想想', confirmColor: '#e4393c' });
    if (!confirm) return;
    onChanged(await cancelOrder(order.id));
    toastSuccess('订单已取消');
  };

  const pay = async () => {
    const outcome = await payOrder(order.id);
    if (outcome === 'paid') replacePage(pageUrl(PAGES.payResult, { orderId: order.id }));
  };

  const confirm = async () => {
    const { confirm: sure } = await Taro.showModal({ title: '确认收货', content: '确认已收到商品吗？', confirmText: '确认收货', confirmColor: '#e4393c' });
    if (!sure) return;
    onChanged(await confirmReceipt(order.id));
    toastSuccess('已确认收货');
  };

  return (
    <>
      {canCancel(order) ? (
        <SubmitButton variant='plain' onSubmit={cancel} testId={`cancel-order-${order.id}`}>
          取消订单
        </SubmitButton>
      ) : null}
      {canPay(order) ? (
        <SubmitButton onSubmit={pay} testId={`pay-order-${order.id}`}>
          去支付
        </SubmitButton>
      ) : null}
      {canConfirmReceipt(order) ? (
        <SubmitButton onSubmit={confirm} testId={`confirm-receipt-${order.id}`}>
          确认收货
        </SubmitButton>
      ) : null}
    </>
  );
}
