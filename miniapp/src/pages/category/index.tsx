import { ScrollView, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { fetchCategories, fetchProducts } from '../../api';
import { AsyncView, LazyImage, ListStates, LoadMore, ProductPrices, SearchBar, Skeleton } from '../../components';
import { useAsyncData } from '../../hooks/useAsyncData';
import { useCursorList, type CursorList } from '../../hooks/useCursorList';
import { PAGES, openPage } from '../../lib/routes';
import type { CategoryView, ProductSummary } from '@shop/shared';
import './index.scss';

const productKey = (p: ProductSummary) => p.id;

/** 分类: categories on the left, that category's products on the right (scrolling loads more). */
export default function CategoryPage() {
  const categories = useAsyncData(() => fetchCategories({ quiet: true }), []);
  const [chosen, setChosen] = useState<number | null>(null);
  const activeId = chosen ?? categories.data?.[0]?.id ?? null;
  const products = useCursorList((cursor) => (activeId === null ? Promise.resolve({ items: [], nextCursor: null }) : fetchProducts({ category: activeId, cursor, limit: 20 }, { quiet: true })), productKey, [activeId]);

  return (
    <AsyncView
      state={categories}
      skeleton={<Skeleton rows={8} />}
      isEmpty={(list) => list.length === 0}
      empty={{ title: '暂无分类', description: '商品正在上架中，先看看首页推荐吧', actionText: '去首页逛逛', onAction: () => openPage(PAGES.home) }}
    >
      {(list) => <CategoryPanes categories={list} activeId={activeId} onChoose={setChosen} products={products} />}
    </AsyncView>
  );
}

function CategoryPanes({ categories, activeId, onChoose, products }: { categories: readonly CategoryView[]; activeId: number | null; onChoose: (id: number) => void; products: CursorList<ProductSummary> }) {
  return (
    <View className='category'>
      <SearchBar />
      <View className='category__panes'>
        <ScrollView scrollY className='category__nav' data-testid='category-nav'>
          {categories.map((category) => (
            <View key={category.id} className={`category__nav-item${category.id === activeId ? ' category__nav-item--active' : ''}`} onClick={() => onChoose(category.id)}>
              {category.name}
            </View>
          ))}
        </ScrollView>
        <ScrollView scrollY className='category__products' onScrollToLower={products.loadMore} lowerThreshold={120}>
          <ListStates list={products} empty={{ title: '这个分类还没有商品', actionText: '去首页逛逛', onAction: () => openPage(PAGES.home) }} />
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
