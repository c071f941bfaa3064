import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { QuantityStepper, Skeleton, SubmitButton } from '../../../components';
import { useAsyncData } from '../../../hooks/useAsyncData';
import { toastSuccess } from '../../../lib/toast';
import { fetchDisplaySamples, fetchProductDetail } from '../api/catalog';
import { moveDisplay } from '../api/team';
import { PanelFailed } from '../../../components/PanelFailed';
import { PRODUCT_GONE } from '../components/SkuList';
import { samplesBySku, skuRows } from '../lib/sku-rows';
import { afterMove, moveLimit, type SampleCounts } from './samples';

async function loadCounts(productId: number, storeId: number) {
  // Quiet: the row says why the SKUs could not be read, with a retry.
  const product = await fetchProductDetail(productId, { quiet: true });
  const samples = samplesBySku(await fetchDisplaySamples(product.skus.map((s) => s.id)));
  return skuRows(product, storeId, samples).map(({ line, samples: units }): SampleCounts & { specText: string } => ({
    skuId: line.skuId,
    specText: line.specText || '默认规格',
    sellable: line.storeAvailable,
    samples: units,
  }));
}

function SampleRow({ storeId, row, onMoved }: { storeId: number; row: SampleCounts & { specText: string }; onMoved: (counts: SampleCounts) => void }) {
  const [qty, setQty] = useState(1);
  const move = async (direction: 'to_display' | 'to_stock') => {
    const moved = await moveDisplay({ storeId, skuId: row.skuId, quantity: qty, direction, reason: direction === 'to_display' ? '转为样品' : '样品放回可售' });
    onMoved(afterMove(row.skuId, moved));
    setQty(1);
    toastSuccess(direction === 'to_display' ? '已转为样品' : '已放回可售');
  };
  return (
    <View className='staff-sku' data-testid='sample-row'>
      <Text className='staff-sku__spec'>{row.specText}</Text>
      <Text className='staff-sku__stock staff-sku__stock--here' data-testid='sample-sellable'>
        可售 {row.sellable} 件
      </Text>
      <Text className='staff-sku__stock staff-sku__stock--sample' data-testid='sample-units'>
        样品 {row.samples} 件
      </Text>
      <QuantityStepper value={qty} max={moveLimit(row)} onChange={setQty} testId='sample-qty' />
      <SubmitButton variant='secondary' disabled={row.sellable < qty} onSubmit={() => move('to_display')} testId='sample-to-display'>
        转为样品
      </SubmitButton>
      <SubmitButton variant='plain' disabled={row.samples < qty} onSubmit={() => move('to_stock')} testId='sample-to-stock'>
        放回可售
      </SubmitButton>
    </View>
  );
}

/** A product's SKUs with this store's sellable units and display samples, and the moves between them. */
export function SampleSkus({ productId, storeId }: { productId: number; storeId: number }) {
  const rows = useAsyncData(() => loadCounts(productId, storeId), [productId, storeId]);
  if (rows.loading) return <Skeleton rows={2} />;
  if (!rows.data) return <PanelFailed error={rows.error} onRetry={() => void rows.reload()} notFound={PRODUCT_GONE} />;
  const current = rows.data;
  const update = (counts: SampleCounts) => rows.setData(current.map((row) => (row.skuId === counts.skuId ? { ...row, ...counts } : row)));
  return (
    <View className='staff-skus' data-testid={`sample-skus-${productId}`}>
      {rows.data.map((row) => (
        <SampleRow key={row.skuId} storeId={storeId} row={row} onMoved={update} />
      ))}
    </View>
  );
}
