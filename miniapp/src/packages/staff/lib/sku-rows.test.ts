import { describe, expect, it } from 'vitest';
import { productDetail, skuView } from '../../../../test/fixtures';
import { sampleText, samplesBySku, skuRows } from './sku-rows';

const tee = productDetail({
  specs: [{ name: '颜色', values: ['本白', '橄榄绿', '墨黑'] }],
  skus: [
    skuView(201, { 颜色: '本白' }, 460, { 1: 24, 2: 18 }),
    // Only samples here and nothing to sell anywhere: it can be tried on, not sold.
    skuView(202, { 颜色: '橄榄绿' }, 0, { 2: 3 }),
    skuView(203, { 颜色: '墨黑' }, 0, {}, { isActive: false }),
  ],
});

describe('the tablet SKU rows', () => {
  it('list the active SKUs with this store, the warehouse and this store samples', () => {
    const rows = skuRows(tee, 1, samplesBySku([{ skuId: 201, units: 1 }, { skuId: 202, units: 2 }]));
    expect(rows.map((r) => ({ skuId: r.line.skuId, store: r.line.storeAvailable, warehouse: r.line.warehouseAvailable, samples: r.samples, soldOut: r.soldOut }))).toEqual([
      { skuId: 201, store: 24, warehouse: 460, samples: 1, soldOut: false },
      { skuId: 202, store: 0, warehouse: 0, samples: 2, soldOut: true },
    ]);
  });

  it('count samples as none when the server did not mention a SKU, or when there is no answer', () => {
    expect(skuRows(tee, 2, samplesBySku([{ skuId: 202, units: 1 }])).map((r) => r.samples)).toEqual([0, 1]);
    expect(skuRows(tee, 2).map((r) => r.samples)).toEqual([0, 0]);
    expect(skuRows(tee, 2).map((r) => r.line.storeAvailable)).toEqual([18, 3]);
  });

  it('say 样品 N only where there are samples', () => {
    expect(sampleText(2)).toBe('样品 2');
    expect(sampleText(0)).toBeNull();
  });
});
