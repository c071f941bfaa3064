import { Text, View } from '@tarojs/components';
import './LoadMore.scss';

/** The foot of an infinite list: loading, failed (tap to retry), or the end. */
export function LoadMore({ loading, finished, failed, onRetry }: { loading: boolean; finished: boolean; failed: boolean; onRetry: () => void }) {
  let text = '';
  if (loading) text = '加载中…';
  else if (failed) text = '加载失败，点击重试';
  else if (finished) text = '— 没有更多了 —';
  return (
    <View className='load-more' data-testid='load-more' onClick={() => failed && onRetry()}>
      <Text>{text}</Text>
    </View>
  );
}
