import type { CartLineView } from '@shop/shared';
import { Text, View } from '@tarojs/components';
import { Icon, LazyImage, ProductPrices, QuantityStepper } from '../../components';
import { isSelectable, problemText } from '../../lib/cart';
import { PAGES, openPage } from '../../lib/routes';

export interface CartLineProps {
  line: CartLineView;
  busy: boolean;
  onSelect: (line: CartLineView) => void;
  onQty: (line: CartLineView, qty: number) => void;
  onRemove: (line: CartLineView) => void;
}

/** One cart line: check box, image, title and spec, price, quantity, delete; problems flagged. */
export function CartLine({ line, busy, onSelect, onQty, onRemove }: CartLineProps) {
  const problem = problemText(line);
  const selectable = isSelectable(line);
  return (
    <View className={`cart-line${selectable ? '' : ' cart-line--dead'}`} data-testid='cart-line'>
      <View
        className={`cart-line__check${line.selected && selectable ? ' cart-line__check--on' : ''}${selectable ? '' : ' cart-line__check--off'}`}
        onClick={() => selectable && !busy && onSelect(line)}
        data-testid='cart-line-check'
      >
        {line.selected && selectable ? <Icon name='check' size={28} color='#fff' strokeWidth={2.5} /> : null}
      </View>
      <View onClick={() => openPage(PAGES.product, { id: line.productId })}>
        <LazyImage src={line.image} className='cart-line__image' />
      </View>
      <View className='cart-line__body'>
        <Text className='cart-line__title'>{line.title}</Text>
        {line.specText ? <Text className='cart-line__spec'>{line.specText}</Text> : null}
        {problem ? (
          <Text className='cart-line__problem' data-testid='cart-line-problem'>
            {problem}
          </Text>
        ) : null}
        <View className='cart-line__foot'>
          <ProductPrices price={line.price} memberPrice={line.memberPrice} size='sm' />
          {selectable ? <QuantityStepper value={line.qty} max={Math.max(line.available, 1)} disabled={busy} onChange={(qty) => onQty(line, qty)} /> : null}
        </View>
      </View>
      <Text className='cart-line__remove' onClick={() => !busy && onRemove(line)} data-testid='cart-line-remove'>
        删除
      </Text>
    </View>
  );
}
