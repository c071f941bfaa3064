import { Text, View } from '@tarojs/components';
import type { StatFigure } from '../lib/campaign-text';

/** A promotion's numbers in a row of small tiles. */
export function StatFigures({ figures, testId }: { figures: StatFigure[]; testId: string }) {
  return (
    <View className='mk-stats' data-testid={testId}>
      {figures.map((figure) => (
        <View key={figure.key} className='mk-stat' data-testid={`${testId}-${figure.key}`}>
          <Text className='mk-stat__label'>{figure.label}</Text>
          <Text className='mk-stat__value'>{figure.value}</Text>
        </View>
      ))}
    </View>
  );
}
