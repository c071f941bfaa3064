import { Text, View } from '@tarojs/components';
import { breakdownRows, type BreakdownSource } from '../../../lib/checkout';
import { price } from '../../../lib/format';
import './trade.scss';

/** The server's price breakdown (a preview or a placed order), row for row. */
export function PriceBreakdown({ source }: { source: BreakdownSource }) {
  return (
    <View className='trade-card' data-testid='price-breakdown'>
      {breakdownRows(source).map((row, index) => (
        <View key={`${row.label}-${index}`} className='trade-row'>
          <Text className='trade-row__label'>{row.label}</Text>
          <Text className={row.kind === 'discount' ? 'trade-row__discount' : 'trade-row__value'}>{row.kind === 'discount' ? `-${price(row.amount)}` : price(row.amount)}</Text>
        </View>
      ))}
    </View>
  );
}
