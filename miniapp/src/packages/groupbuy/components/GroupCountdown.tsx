import { Text } from '@tarojs/components';
import { useCountdown } from '../../../hooks/useCountdown';
import { countdownLine } from '../../../lib/countdown';

/** "剩余 05:09:08", ticking; nothing for a group that has no deadline (not open yet). */
export function GroupCountdown({ expiresAt, prefix, testId = 'group-countdown' }: { expiresAt: string | null; prefix?: string; testId?: string }) {
  const left = useCountdown(expiresAt);
  if (left === null) return null;
  return (
    <Text className='gb-countdown' data-testid={testId}>
      {countdownLine(left, prefix)}
    </Text>
  );
}
