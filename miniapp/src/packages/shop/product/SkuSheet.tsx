import type { ProductDetail } from '@shop/shared';
import { Text, View } from '@tarojs/components';
import { Icon, LazyImage, Price, QuantityStepper, SubmitButton } from '../../../components';
import { memberOffer, missingSpecs, optionState, selectedSku, skuStock, toggleOption, type SpecSelection } from '../../../lib/sku-picker';
import './SkuSheet.scss';

export type SheetAction = 'cart' | 'buy';

export interface SkuSheetProps {
  product: ProductDetail;
  selection: SpecSelection;
  qty: number;
  action: SheetAction;
  onSelection: (selection: SpecSelection) => void;
  onQty: (qty: number) => void;
  onConfirm: () => Promise<void>;
  onClose: () => void;
}

/** The bottom sheet to pick a SKU: only existing SKUs with stock can be chosen. */
export function SkuSheet({ product, selection, qty, action, onSelection, onQty, onConfirm, onClose }: SkuSheetProps) {
  const sku = selectedSku(product, selection);
  const missing = missingSpecs(product, selection);
  const stock = sku ? skuStock(sku) : null;
  const shown = sku ?? product.skus[0];
  return (
    <View className='sku-sheet' data-testid='sku-sheet'>
      <View className='sku-sheet__mask' onClick={onClose} />
      <View className='sku-sheet__panel'>
        <View className='sku-sheet__head'>
          <LazyImage src={product.images[0] ?? null} className='sku-sheet__image' />
          <View className='sku-sheet__summary'>
            {sku ? <Price fen={sku.price} size='lg' testId='sku-price' /> : <Price fen={product.minPrice} size='lg' />}
            {shown && memberOffer(shown) !== null ? <Price fen={memberOffer(shown)!} size='sm' label='会员价' /> : null}
            <Text className='sku-sheet__stock' data-testid='sku-stock'>
              {stock !== null ? (stock > 0 ? `库存 ${stock} 件` : '已售罄') : `请选择 ${missing.join(' ')}`}
            </Text>
          </View>
          <View className='sku-sheet__close' onClick={onClose} data-testid='sku-sheet-close'>
            <Icon name='close' size={40} color='#999' label='关闭' />
          </View>
        </View>
        {product.specs.map((spec) => (
          <View key={spec.name} className='sku-sheet__spec'>
            <Text className='sku-sheet__spec-name'>{spec.name}</Text>
            <View className='sku-sheet__options'>
              {spec.values.map((value) => {
                const state = optionState(product, selection, spec.name, value);
                return (
                  <Text
                    key={value}
                    className={`sku-sheet__option sku-sheet__option--${state}`}
                    data-testid={`spec-${spec.name}-${value}`}
                    onClick={() => state !== 'disabled' && onSelection(toggleOption(product, selection, spec.name, value))}
                  >
                    {value}
                  </Text>
                );
              })}
            </View>
          </View>
        ))}
        <View className='sku-sheet__qty'>
          <Text>数量</Text>
          <QuantityStepper value={qty} max={stock ?? undefined} onChange={onQty} />
        </View>
        <SubmitButton onSubmit={onConfirm} disabled={!sku || (stock ?? 0) < qty} variant={action === 'cart' ? 'secondary' : 'primary'} className='sku-sheet__confirm' testId='sku-confirm'>
          {!sku ? `请选择 ${missing.join(' ')}` : action === 'cart' ? '加入购物车' : '立即购买'}
        </SubmitButton>
      </View>
    </View>
  );
}
