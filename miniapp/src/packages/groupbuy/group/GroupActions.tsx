import { View } from '@tarojs/components';
import { SubmitButton } from '../../../components';
import type { GroupAction } from '../lib/group-state';
import { InviteButton } from './InviteButton';

const LABELS: Record<Exclude<GroupAction, 'invite'>, string> = {
  pay: '去支付',
  join: '参与拼团',
  start_new: '我也开一个团',
  view_order: '查看订单',
  browse: '去逛逛',
};

export type GroupActionHandlers = Record<Exclude<GroupAction, 'invite'>, () => Promise<void>>;

/** The page's buttons for the viewer's situation: the first is the main one. */
export function GroupActions({ groupId, actions, on }: { groupId: number; actions: readonly GroupAction[]; on: GroupActionHandlers }) {
  return (
    <View className='gb-actions' data-testid='group-actions'>
      {actions.map((action, index) =>
        action === 'invite' ? (
          <InviteButton key={action} groupId={groupId} />
        ) : (
          <SubmitButton key={action} variant={index === 0 ? 'primary' : 'plain'} onSubmit={on[action]} className='gb-action' testId={`group-${action.replace('_', '-')}`}>
            {LABELS[action]}
          </SubmitButton>
        ),
      )}
    </View>
  );
}
