import { Image, View } from '@tarojs/components';
import { assetUrl } from '../lib/config';
import './LazyImage.scss';

export interface LazyImageProps {
  src: string | null;
  className?: string;
  mode?: 'aspectFill' | 'aspectFit' | 'widthFix';
}

/** A server image that loads when it scrolls into view, on a grey placeholder. */
export function LazyImage({ src, className = '', mode = 'aspectFill' }: LazyImageProps) {
  if (!src) return <View className={`lazy-image lazy-image--empty ${className}`} />;
  return <Image className={`lazy-image ${className}`} src={assetUrl(src)} mode={mode} lazyLoad />;
}
