import { View } from '@tarojs/components';
import './Skeleton.scss';

/** Grey placeholder lines while a page loads. */
export function Skeleton({ rows = 3, avatar = false }: { rows?: number; avatar?: boolean }) {
  return (
    <View className='skeleton' data-testid='skeleton'>
      {avatar ? <View className='skeleton__block skeleton__avatar' /> : null}
      {Array.from({ length: rows }, (_, i) => (
        <View key={i} className='skeleton__block skeleton__line' style={{ width: `${i === rows - 1 ? 60 : 100}%` }} />
      ))}
    </View>
  );
}

/** Two-column product cards while a product list loads. */
export function ProductGridSkeleton({ count = 4 }: { count?: number }) {
  return (
    <View className='skeleton-grid' data-testid='skeleton'>
      {Array.from({ length: count }, (_, i) => (
        <View key={i} className='skeleton-grid__card'>
          <View className='skeleton__block skeleton-grid__image' />
          <View className='skeleton__block skeleton__line' />
          <View className='skeleton__block skeleton__line' style={{ width: '40%' }} />
        </View>
      ))}
    </View>
  );
}
