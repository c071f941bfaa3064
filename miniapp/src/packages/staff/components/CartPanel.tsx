import type { OrderPreviewView } from '@shop/shared';
import { Text, View } from '@tarojs/components';
import { EmptyState, Price, QuantityStepper } from '../../../components';
import { itemCount, type CounterLine } from '../lib/counter';
import { stockText } from '../lib/figures';

/** Why the server cannot sell a line as it stands. */
function lineProblem(preview: OrderPreviewView | null, skuId: number): string | null {
  const line = preview?.lines.find((l) => l.skuId === skuId);
  return line?.problem === 'insufficient_stock' ? `库存不足，可售 ${line.available} 件` : null;
}

/** The order's lines: quantity, remove, and the server's price for the line once previewed. */
export function CartPanel(props: { lines: CounterLine[]; preview: OrderPreviewView | null; onQty: (skuId: number, qty: number) => void; onRemove: (skuId: number) => void }) {
  const { lines, preview, onQty, onRemove } = props;
  return (
    <View className='staff-card' data-testid='cart-panel'>
      <Text className='staff-title'>已选商品（{itemCount(lines)} 件）</Text>
      {lines.length === 0 ? <EmptyState icon='cart' title='还没有商品' description='在左侧搜索商品并加入' /> : null}
      {lines.map((line) => {
        const priced = preview?.lines.find((l) => l.skuId === line.skuId);
        const problem = lineProblem(preview, line.skuId);
        return (
          <View key={line.skuId} className='staff-list-row' data-testid='cart-line'>
            <View className='staff-grow'>
              <Text className='staff-cart__title'>{line.title}</Text>
              <Text className='staff-muted'>
                {line.specText || '默认规格'} · {stockText('本店', line.storeAvailable)}
              </Text>
              {problem ? <Text className='staff-error'>{problem}</Text> : null}
            </View>
            <QuantityStepper value={line.qty} onChange={(qty) => onQty(line.skuId, qty)} testId={`qty-${line.skuId}`} />
            <Price fen={priced ? priced.payable : line.price * line.qty} size='sm' />
            <Text className='staff-link' onClick={() => onRemove(line.skuId)} data-testid='cart-remove'>
              删除
            </Text>
          </View>
        );
      })}
    </View>
  );
}
