import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { PROMOTION_STATUS_LABELS, promotionMoves, type PromotionStatus, type PromotionTarget } from '@shop/shared';
import { SubmitButton } from '../../../components';

const MOVE_LABELS: Record<PromotionTarget, (from: PromotionStatus) => string> = {
  active: (from) => (from === 'paused' ? '恢复' : '上线'),
  paused: () => '暂停',
  ended: () => '结束',
};

/**
 * How each move looks: 上线 / 恢复 is the step forward (filled); 暂停 is reversible, so quiet
 * (outlined); 结束 is for good, so outlined in red, the one warning colour on the card.
 */
const MOVE_LOOKS: Record<PromotionTarget, { variant: 'primary' | 'plain'; className?: string }> = {
  active: { variant: 'primary' },
  paused: { variant: 'plain' },
  ended: { variant: 'plain', className: 'mk-danger' },
};

/** A promotion's status badge. */
export function StatusBadge({ status, testId }: { status: PromotionStatus; testId: string }) {
  return (
    <Text className={`mk-status mk-status--${status}`} data-testid={testId}>
      {PROMOTION_STATUS_LABELS[status]}
    </Text>
  );
}

/**
 * The status changes a promotion allows from where it is (上线 / 暂停 / 恢复 / 结束); ending is
 * for good, so it asks first.
 */
export function StatusMoves({ name, status, onMove, testId }: { name: string; status: PromotionStatus; onMove: (target: PromotionTarget) => Promise<void>; testId: string }) {
  const move = async (target: PromotionTarget) => {
    if (target === 'ended') {
      const { confirm } = await Taro.showModal({ title: '结束活动', content: `结束「${name}」后不能再上线，确定结束吗？`, confirmText: '结束' });
      if (!confirm) return;
    }
    await onMove(target);
  };
  const moves = promotionMoves(status);
  if (moves.length === 0) return null;
  return (
    <View className='mk-actions'>
      {moves.map((target) => (
        <SubmitButton key={target} onSubmit={() => move(target)} variant={MOVE_LOOKS[target].variant} className={MOVE_LOOKS[target].className} testId={`${testId}-${target}`}>
          {MOVE_LABELS[target](status)}
        </SubmitButton>
      ))}
    </View>
  );
}
