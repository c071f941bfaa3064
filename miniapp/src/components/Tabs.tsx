import { ScrollView, Text, View } from '@tarojs/components';
import './Tabs.scss';

export interface TabItem<K extends string> {
  key: K;
  label: string;
}

/** A row of tabs (sort orders, order states); scrolls sideways when it does not fit. */
export function Tabs<K extends string>({ items, active, onChange, testId = 'tabs' }: { items: readonly TabItem<K>[]; active: K; onChange: (key: K) => void; testId?: string }) {
  return (
    <ScrollView scrollX className='tabs' data-testid={testId}>
      <View className='tabs__row'>
        {items.map((item) => (
          <Text key={item.key} className={`tabs__item${item.key === active ? ' tabs__item--active' : ''}`} data-testid={`${testId}-${item.key}`} onClick={() => item.key !== active && onChange(item.key)}>
            {item.label}
          </Text>
        ))}
      </View>
    </ScrollView>
  );
}
