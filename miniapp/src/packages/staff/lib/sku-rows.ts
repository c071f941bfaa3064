import type { DisplaySampleView, ProductDetail } from '@shop/shared';
import { specText } from '../../../lib/format';
import type { CounterLine } from './counter';

/** A SKU as the product panel lists it: what the order line would be, with both stocks and the store's samples. */
export interface SkuRow {
  line: Omit<CounterLine, 'qty'>;
  memberPrice: number | null;
  /** Display samples (try-on items) at this store: for trying, never sold, so never part of soldOut. */
  samples: number;
  /** Nothing here nor at the warehouse: the SKU cannot be sold today. */
  soldOut: boolean;
}

/** Samples per SKU id from the server's answer (SKUs it did not mention have none). */
export function samplesBySku(samples: readonly DisplaySampleView[]): Map<number, number> {
  return new Map(samples.map((s) => [s.skuId, s.units]));
}

/** "样品 2" beside the stocks; nothing when the store has no sample to try. */
export function sampleText(samples: number): string | null {
  return samples > 0 ? `样品 ${samples}` : null;
}

/** Every SKU of a product with this store's stock, the warehouse's, and this store's display samples. */
export function skuRows(product: ProductDetail, storeId: number, samples: ReadonlyMap<number, number> = new Map()): SkuRow[] {
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
      return { line, memberPrice: sku.memberPrice, samples: samples.get(sku.id) ?? 0, soldOut: storeAvailable === 0 && sku.deliveryAvailable === 0 };
    });
}
