import { Text, View } from '@tarojs/components';
import type { Figure } from '../lib/figures';

/** Big numbers on cards: today's sales, a month's commission. */
export function FigureRow({ figures }: { figures: Figure[] }) {
  return (
    <View className='staff-figures'>
      {figures.map((figure) => (
        <View key={figure.key} className='staff-figure' data-testid={`figure-${figure.key}`}>
          <Text className='staff-figure__label'>{figure.label}</Text>
          <Text className='staff-figure__value'>{figure.value}</Text>
        </View>
      ))}
    </View>
  );
}
