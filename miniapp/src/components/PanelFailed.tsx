import { View } from '@tarojs/components';
import type { ComponentProps } from 'react';
import { FailedState } from '.';

/**
 * The failed load of one panel inside a desk (a product's SKUs, a card's numbers, the pickup
 * stores): the shared FailedState drawn small in its place, so the rest of the page stays usable.
 */
export function PanelFailed({ testId, ...failed }: ComponentProps<typeof FailedState> & { testId?: string }) {
  return (
    <View className='staff-panel-state' data-testid={testId}>
      <FailedState {...failed} />
    </View>
  );
}
