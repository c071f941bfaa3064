import type { ProductSummary } from '@shop/shared';
import { Input, Text, View } from '@tarojs/components';
import { useState, type ReactNode } from 'react';
import { LazyImage, ListStates, LoadMore, ProductPrices, Skeleton } from '../../../components';
import { useCursorList } from '../../../hooks/useCursorList';
import { searchProducts } from '../api/catalog';
import type { CounterLine } from '../lib/counter';
import { SkuList } from './SkuList';

const productKey = (product: ProductSummary) => product.id;

/**
 * 选商品: search (best sellers before any search); a product opens its SKUs in place with the
 * store's and the warehouse's stock and the store's display samples ("样品 N": what the customer
 * can try on; never sold). More results come with 加载更多.
 */
export function ProductSearch({
  storeId,
  onAdd,
  title = '选商品',
  skus,
}: {
  storeId: number;
  onAdd?: (line: Omit<CounterLine, 'qty'>) => void;
  title?: string;
  /** What an opened product shows in place of its SKUs to add (the 门店管理 desk moves samples there). */
  skus?: (productId: number) => ReactNode;
}) {
  const [input, setInput] = useState('');
  const [query, setQuery] = useState('');
  const [openId, setOpenId] = useState<number | null>(null);
  // Quiet: the card says why products could not be read, with a retry.
  const list = useCursorList((cursor) => searchProducts(query, cursor, { quiet: true }), productKey, [query]);

  const search = (text: string) => {
    setOpenId(null);
    setQuery(text.trim());
  };
  // An empty search lists the best sellers.
  const showBestSellers = () => {
    setInput('');
    search('');
  };

  return (
    <View className='staff-card' data-testid='product-search'>
      <Text className='staff-title'>{title}</Text>
      <View className='staff-row'>
        <Input className='staff-input staff-grow' placeholder='商品名称、关键词' value={input} onInput={(e) => setInput(e.detail.value)} onConfirm={(e) => search(e.detail.value)} data-testid='product-query' />
        <Text className='staff-search__go' onClick={() => search(input)} data-testid='product-search-submit'>
          搜索
        </Text>
      </View>
      <ListStates list={list} skeleton={<Skeleton rows={4} />} empty={query ? { icon: 'search', title: '没有找到相关商品', description: '换个关键词试试', actionText: '看看热销商品', onAction: showBestSellers } : { icon: 'search', title: '暂无在售商品' }} />
      {list.items.map((product) => (
        <View key={product.id} className='staff-product' data-testid='product-row'>
          <View className='staff-product__head' onClick={() => setOpenId(openId === product.id ? null : product.id)}>
            <LazyImage src={product.image} className='staff-product__image' />
            <View className='staff-grow'>
              <Text className='staff-product__title'>{product.title}</Text>
              <ProductPrices price={product.minPrice} memberPrice={product.minMemberPrice} />
            </View>
            <Text className='staff-product__toggle'>{openId === product.id ? '收起' : product.inStock ? '选规格' : '缺货'}</Text>
          </View>
          {openId === product.id ? (skus ? skus(product.id) : <SkuList productId={product.id} storeId={storeId} onAdd={onAdd ?? (() => undefined)} />) : null}
        </View>
      ))}
      {list.items.length > 0 && (list.loading || list.finished || list.failed) ? <LoadMore loading={list.loading} finished={list.finished} failed={list.failed} onRetry={list.loadMore} /> : null}
      {list.items.length > 0 && !list.loading && !list.finished && !list.failed ? (
        <Text className='staff-link staff-search__more' onClick={list.loadMore} data-testid='product-more'>
          加载更多
        </Text>
      ) : null}
    </View>
  );
}
