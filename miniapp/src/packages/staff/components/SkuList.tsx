import { Text, View } from '@tarojs/components';
import { Price, Skeleton } from '../../../components';
import { useAsyncData } from '../../../hooks/useAsyncData';
import { fetchDisplaySamples, fetchProductDetail } from '../api/catalog';
import type { CounterLine } from '../lib/counter';
import { stockText } from '../lib/figures';
import { PanelFailed } from '../../../components/PanelFailed';
import { sampleText, samplesBySku, skuRows } from '../lib/sku-rows';

/** A product taken off the shop since the list was read. */
export const PRODUCT_GONE = { title: '商品已下架', description: '搜索其他商品试试' } as const;

/** The product and this store's display samples of its SKUs; the SKUs still show when the samples cannot be read. */
async function loadSkus(productId: number) {
  // Quiet: the row says why the SKUs could not be read, with a retry.
  const product = await fetchProductDetail(productId, { quiet: true });
  const samples = await fetchDisplaySamples(product.skus.map((s) => s.id)).catch(() => []);
  return { product, samples: samplesBySku(samples) };
}

/**
 * A product's SKUs with this store's stock and the warehouse's, and "样品 N" where the store has
 * try-on samples (shown, never sold), each with 加入 to add one.
 */
export function SkuList({ productId, storeId, onAdd }: { productId: number; storeId: number; onAdd: (line: Omit<CounterLine, 'qty'>) => void }) {
  const detail = useAsyncData(() => loadSkus(productId), [productId]);
  if (detail.loading) return <Skeleton rows={2} />;
  if (!detail.data) return <PanelFailed error={detail.error} onRetry={() => void detail.reload()} notFound={PRODUCT_GONE} />;
  return (
    <View className='staff-skus' data-testid={`skus-${productId}`}>
      {skuRows(detail.data.product, storeId, detail.data.samples).map(({ line, memberPrice, samples, soldOut }) => (
        <View key={line.skuId} className='staff-sku' data-testid='sku-row'>
          <Text className='staff-sku__spec'>{line.specText || '默认规格'}</Text>
          <View className='staff-sku__prices'>
            <Price fen={line.price} size='sm' />
            {memberPrice !== null ? <Price fen={memberPrice} size='sm' label='会员' /> : null}
          </View>
          <Text className={`staff-sku__stock${line.storeAvailable > 0 ? ' staff-sku__stock--here' : ''}`} data-testid='sku-store-stock'>
            {stockText('本店', line.storeAvailable)}
          </Text>
          <Text className='staff-sku__stock' data-testid='sku-warehouse-stock'>{stockText('仓库', line.warehouseAvailable)}</Text>
          {samples > 0 ? (
            <Text className='staff-sku__stock staff-sku__stock--sample' data-testid='sku-samples'>
              {sampleText(samples)}
            </Text>
          ) : null}
          <Text className={`staff-sku__add${soldOut ? ' staff-sku__add--off' : ''}`} onClick={() => !soldOut && onAdd(line)} data-testid='sku-add'>
            {soldOut ? '无货' : '+ 加入'}
          </Text>
        </View>
      ))}
    </View>
  );
}
