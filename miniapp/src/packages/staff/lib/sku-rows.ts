import type { ProductDetail } from '@shop/shared';
import { specText } from '../../../lib/format';
import type { CounterLine } from './counter';

/** A SKU as the product panel lists it: what the order line would be, with both stocks. */
export interface SkuRow {
  line: Omit<CounterLine, 'qty'>;
  memberPrice: number | null;
  /** Nothing here nor at the warehouse: the SKU cannot be sold today. */
  soldOut: boolean;
}

/** Every SKU of a product with this store's stock and the warehouse's. */
export function skuRows(product: ProductDetail, storeId: number): SkuRow[] {
  const specOrder = product.specs.map((s) => s.name);
  return product.skus
    .filter((sku) => sku.isActive)
    .map((sku) => {
      const storeAvailable = sku.storeAvailability.find((a) => a.storeId === storeId)?.available ?? 0;
      const line = {
        skuId: sku.id,
        productId: product.id,
        title: product.title,
        specText: specText(sku.specValues, specOrder),
        image: product.images[0] ?? null,
        price: sku.price,
        storeAvailable,
        warehouseAvailable: sku.deliveryAvailable,
      };
      return { line, memberPrice: sku.memberPrice, soldOut: storeAvailable === 0 && sku.deliveryAvailable === 0 };
    });
}
