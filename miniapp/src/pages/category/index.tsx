import { ScrollView, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { fetchCategories, fetchProducts } from '../../api';
import { EmptyState, LazyImage, LoadMore, ProductPrices, SearchBar, Skeleton } from '../../components';
import { useAsyncData } from '../../hooks/useAsyncData';
import { useCursorList } from '../../hooks/useCursorList';
import { PAGES, openPage } from '../../lib/routes';
import type { ProductSummary } from '@shop/shared';
import './index.scss';

const productKey = (p: ProductSummary) => p.id;

/** 分类: categories on the left, that category's products on the right (scrolling loads more). */
export default function CategoryPage() {
  const categories = useAsyncData(fetchCategories, []);
  const [chosen, setChosen] = useState<number | null>(null);
  const activeId = chosen ?? categories.data?.[0]?.id ?? null;
  const products = useCursorList((cursor) => (activeId === null ? Promise.resolve({ items: [], nextCursor: null }) : fetchProducts({ category: activeId, cursor, limit: 20 })), productKey, [activeId]);

  if (categories.loading) return <Skeleton rows={8} />;
  if (!categories.data?.length) return <EmptyState title='暂无分类' actionText='重新加载' onAction={() => void categories.reload()} />;

  return (
    <View className='category'>
      <SearchBar />
      <View className='category__panes'>
        <ScrollView scrollY className='category__nav' data-testid='category-nav'>
          {categories.data.map((category) => (
            <View key={category.id} className={`category__nav-item${category.id === activeId ? ' category__nav-item--active' : ''}`} onClick={() => setChosen(category.id)}>
              {category.name}
            </View>
          ))}
        </ScrollView>
        <ScrollView scrollY className='category__products' onScrollToLower={products.loadMore} lowerThreshold={120}>
          {products.initial ? <Skeleton rows={6} /> : null}
          {!products.initial && products.items.length === 0 ? <EmptyState title='这个分类还没有商品' actionText='去首页逛逛' onAction={() => openPage(PAGES.home)} /> : null}
          {products.items.map((product) => (
            <View key={product.id} className='category__product' onClick={() => openPage(PAGES.product, { id: product.id })}>
              <LazyImage src={product.image} className='category__product-image' />
              <View className='category__product-body'>
                <Text className='category__product-title'>{product.title}</Text>
                <Text className='category__product-subtitle'>{product.subtitle}</Text>
                <ProductPrices price={product.minPrice} memberPrice={product.minMemberPrice} size='sm' />
              </View>
            </View>
          ))}
          {!products.initial && products.items.length > 0 ? <LoadMore loading={products.loading} finished={products.finished} failed={products.failed} onRetry={products.loadMore} /> : null}
        </ScrollView>
      </View>
    </View>
  );
}
