import type { OrderView, StaffPickupLookupView } from '@shop/shared';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Icon, SubmitButton } from '../../../components';
import { useCursorList } from '../../../hooks/useCursorList';
import { formatDateTime } from '../../../lib/format';
import { fetchAwaitingPickups, lookupPickup, verifyPickup } from '../api/desk';
import { CodeEntry } from '../components/CodeEntry';
import { ListCard } from '../../../components/ListCard';
import { OrderCard } from '../components/OrderCard';
import { staffPage, type DeskProps } from '../components/staffPage';
import { pickupCodeInput, pickupErrorText } from '../lib/pickup';
import './index.scss';

const orderKey = (order: OrderView) => order.id;

/** The order a code found, with its member, and the confirm button when it can be handed over. */
function FoundPickup({ view, onConfirm, onCancel }: { view: StaffPickupLookupView; onConfirm: () => Promise<void>; onCancel: () => void }) {
  const { order, member } = view;
  return (
    <OrderCard
      order={order}
      testId='pickup-found'
      heading={
        <View className='staff-row staff-row--between staff-pickup__who'>
          <Text className='staff-pickup__member' data-testid='pickup-member'>
            {member ? `${member.nickname}${member.phone ? ` · ${member.phone}` : ''}` : '散客'}
          </Text>
          <Text className='staff-pickup__status' data-testid='pickup-status'>
            {order.statusLabel}
          </Text>
        </View>
      }
    >
      {view.canVerify ? (
        <View className='staff-row staff-pickup__actions'>
          <SubmitButton onSubmit={onConfirm} busyText='核销中…' className='staff-grow' testId='pickup-confirm'>
            确认核销，交付商品
          </SubmitButton>
          <Text className='staff-link' onClick={onCancel} data-testid='pickup-cancel'>
            取消
          </Text>
        </View>
      ) : (
        <Text className='staff-error' data-testid='pickup-blocked'>
          {view.blockedReason}
        </Text>
      )}
    </OrderCard>
  );
}

/**
 * 取货核销: the member's 6 digits typed (or their QR scanned) show the order first (its goods,
 * its member, its status); staff confirm to hand it over, once.
 */
function PickupDesk({ session }: DeskProps) {
  const [problem, setProblem] = useState<string | null>(null);
  const [found, setFound] = useState<{ code: string; view: StaffPickupLookupView } | null>(null);
  const [handedOver, setHandedOver] = useState<OrderView | null>(null);
  // Quiet: the side card says why the waiting list could not be read; the code entry works regardless.
  const waiting = useCursorList((cursor) => fetchAwaitingPickups(cursor, { quiet: true }), orderKey, [session.storeId]);

  const lookup = async (text: string): Promise<boolean> => {
    const parsed = pickupCodeInput(text);
    if (!parsed.ok) {
      setProblem(parsed.message);
      return false;
    }
    setHandedOver(null);
    try {
      const view = await lookupPickup(parsed.code);
      setProblem(null);
      setFound({ code: parsed.code, view });
      return true;
    } catch (error) {
      setFound(null);
      setProblem(pickupErrorText(error));
      return false;
    }
  };

  const verify = async () => {
    if (!found) return;
    try {
      const order = await verifyPickup(found.code);
      setProblem(null);
      setHandedOver(order);
      void waiting.refresh();
    } catch (error) {
      setProblem(pickupErrorText(error));
    } finally {
      setFound(null);
    }
  };

  return (
    <View className='staff-cols'>
      <View className='staff-col staff-col--main'>
        <View className='staff-card'>
          <Text className='staff-title'>输入取货码</Text>
          <CodeEntry placeholder='顾客出示的 6 位取货码' actionText='查询' busyText='查询中…' scanText='扫取货码' onSubmit={lookup} problem={problem} testId='pickup' />
        </View>
        {found ? <FoundPickup view={found.view} onConfirm={verify} onCancel={() => setFound(null)} /> : null}
        {handedOver ? (
          <OrderCard
            order={handedOver}
            testId='pickup-done'
            heading={
              <View className='staff-pickup__done'>
                <Icon name='check' size='22px' color='#1a8a3a' strokeWidth={2.5} className='staff-pickup__done-icon' />
                <Text>已核销，请将以下商品交给顾客</Text>
              </View>
            }
          />
        ) : null}
      </View>
      <View className='staff-col staff-col--side'>
        <ListCard title='待取货订单' list={waiting} empty={{ icon: 'package', title: '暂无待取货订单', description: '顾客到店时，输入或扫描其取货码即可核销' }} testId='pickup-waiting'>
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
