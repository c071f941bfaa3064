import type { OrderLineView } from '@shop/shared';
import { Text, View } from '@tarojs/components';
import { LazyImage, Price } from '../../../components';
import './trade.scss';

/** The goods of an order or a preview: image, title, spec, unit price, quantity; a problem flagged. */
export function OrderLines({ lines, problems = {} }: { lines: Pick<OrderLineView, 'skuId' | 'title' | 'specText' | 'image' | 'unitPrice' | 'qty'>[]; problems?: Record<number, string> }) {
  return (
    <View className='trade-card'>
      {lines.map((line) => (
        <View key={line.skuId} className='trade-line'>
          <LazyImage src={line.image} className='trade-line__image' />
          <View className='trade-line__body'>
            <Text className='trade-line__title'>{line.title}</Text>
            {line.specText ? <Text className='trade-line__spec'>{line.specText}</Text> : null}
            {problems[line.skuId] ? <Text className='trade-line__problem'>{problems[line.skuId]}</Text> : null}
          </View>
          <View className='trade-line__side'>
            <Price fen={line.unitPrice} size='sm' />
            <Text className='trade-line__qty'>×{line.qty}</Text>
          </View>
        </View>
      ))}
    </View>
  );
}
