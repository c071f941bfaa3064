import { Text, View, type ITouchEvent } from '@tarojs/components';
import { Icon } from '../../../components/Icon';
import type { StoreView } from '@shop/shared';
import { callStore, navigateToStore } from '../lib/store-actions';
import './StoreActions.scss';

/** 打电话 and 到这里去; taps do not reach the card underneath. */
export function StoreActions({ store }: { store: StoreView }) {
  const stop = (action: () => void) => (event: ITouchEvent) => {
    event.stopPropagation();
    action();
  };
  return (
    <View className='store-actions'>
      <View className='store-actions__button' onClick={stop(() => callStore(store))} data-testid={`store-call-${store.id}`}>
        <Icon name='phone' size={26} color='#333' className='icon--lead' />
        <Text>打电话</Text>
      </View>
      <View className='store-actions__button store-actions__button--primary' onClick={stop(() => navigateToStore(store))} data-testid={`store-go-${store.id}`}>
        <Icon name='compass' size={26} color='#e4393c' className='icon--lead' />
        <Text>到这里去</Text>
      </View>
    </View>
  );
}
