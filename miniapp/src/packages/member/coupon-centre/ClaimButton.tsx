import { Button } from '@tarojs/components';
import { SubmitButton } from '../../../components';
import type { TicketState } from '../lib/claim-state';

export interface ClaimButtonProps {
  state: TicketState;
  claimedBefore: boolean;
  onClaim: () => Promise<unknown>;
  onUse: () => void;
  testId: string;
}

/** 立即领取 → 去使用 once claimed; 已抢光 when none are left. */
export function ClaimButton({ state, claimedBefore, onClaim, onUse, testId }: ClaimButtonProps) {
  if (state === 'sold_out') {
    return (
      <Button className='coupon-ticket__button coupon-ticket__button--off' disabled data-testid={testId}>
        已抢光
      </Button>
    );
  }
  if (state === 'claimed') {
    return (
      <Button className='coupon-ticket__button coupon-ticket__button--ghost' onClick={onUse} data-testid={testId}>
        去使用
      </Button>
    );
  }
  return (
    <SubmitButton className='coupon-ticket__button' onSubmit={onClaim} busyText='领取中' testId={testId}>
      {claimedBefore ? '再领一张' : '立即领取'}
    </SubmitButton>
  );
}
