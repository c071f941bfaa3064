import type { OrderView } from '@shop/shared';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { EmptyState } from '../../../components';
import { useCursorList } from '../../../hooks/useCursorList';
import { formatDateTime } from '../../../lib/format';
import { fetchAwaitingPickups, verifyPickup } from '../api/desk';
import { CodeEntry } from '../components/CodeEntry';
import { ListCard } from '../components/ListCard';
import { OrderCard } from '../components/OrderCard';
import { staffPage, type DeskProps } from '../components/staffPage';
import { pickupCodeInput, pickupErrorText } from '../lib/pickup';
import './index.scss';

const orderKey = (order: OrderView) => order.id;

/** 取货核销: the member's 6 digits typed (or their QR scanned), confirmed, handed over once. */
function PickupDesk({ session }: DeskProps) {
  const [problem, setProblem] = useState<string | null>(null);
  const [handedOver, setHandedOver] = useState<OrderView | null>(null);
  const waiting = useCursorList((cursor) => fetchAwaitingPickups(cursor), orderKey, [session.storeId]);

  const verify = async (text: string): Promise<boolean> => {
    const parsed = pickupCodeInput(text);
    if (!parsed.ok) {
      setProblem(parsed.message);
      return false;
    }
    const { confirm } = await Taro.showModal({ title: '确认核销', content: `取货码 ${parsed.code.slice(-6)}，核销后订单完成，请将商品交给顾客。`, confirmText: '核销' });
    if (!confirm) return false;
    try {
      const order = await verifyPickup(parsed.code);
      setProblem(null);
      setHandedOver(order);
      void waiting.refresh();
      return true;
    } catch (error) {
      setHandedOver(null);
      setProblem(pickupErrorText(error));
      return false;
    }
  };

  return (
    <View className='staff-cols'>
      <View className='staff-col staff-col--main'>
        <View className='staff-card'>
          <Text className='staff-title'>输入取货码</Text>
          <CodeEntry placeholder='顾客出示的 6 位取货码' actionText='核销' busyText='核销中…' scanText='扫取货码' onSubmit={verify} problem={problem} testId='pickup' />
        </View>
        {handedOver ? (
          <OrderCard
            order={handedOver}
            testId='pickup-done'
            heading={<Text className='staff-pickup__done'>✓ 已核销，请将以下商品交给顾客</Text>}
          />
        ) : null}
      </View>
      <View className='staff-col staff-col--side'>
        <ListCard title='待取货订单' list={waiting} empty={<EmptyState icon='📦' title='暂无待取货订单' />} testId='pickup-waiting'>
          {waiting.items.map((order) => (
            <View key={order.id} className='staff-list-row'>
              <View className='staff-grow'>
                <Text className='staff-pickup__order'>{order.orderNo}</Text>
                <Text className='staff-muted'>{order.lines.map((l) => `${l.title} ×${l.qty}`).join('，')}</Text>
              </View>
              <Text className='staff-muted'>{order.paidAt ? formatDateTime(order.paidAt) : ''}</Text>
            </View>
          ))}
        </ListCard>
      </View>
    </View>
  );
}

export default staffPage('pickup', PickupDesk);
