import type { ProductSummary } from '@shop/shared';
import { Text, View } from '@tarojs/components';
import { PAGES, openPage } from '../lib/routes';
import { LazyImage } from './LazyImage';
import { ProductPrices } from './ProductPrices';
import './ProductCard.scss';

/** A product in a two-column grid: image, title, price (member price when there is one), sales. */
export function ProductCard({ product }: { product: ProductSummary }) {
  return (
    <View className='product-card' data-testid='product-card' onClick={() => openPage(PAGES.product, { id: product.id })}>
      <LazyImage src={product.image} className='product-card__image' />
      <View className='product-card__body'>
        <Text className='product-card__title'>{product.title}</Text>
        <View className='product-card__prices'>
          <ProductPrices price={product.minPrice} memberPrice={product.minMemberPrice} />
        </View>
        <Text className='product-card__meta'>{product.inStock ? `已售 ${product.sales}` : '暂时缺货'}</Text>
      </View>
    </View>
  );
}

export function ProductGrid({ products }: { products: ProductSummary[] }) {
  return (
    <View className='product-grid'>
      {products.map((product) => (
        <ProductCard key={product.id} product={product} />
      ))}
    </View>
  );
}
