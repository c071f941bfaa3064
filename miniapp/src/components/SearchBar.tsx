import { Text, View } from '@tarojs/components';
import { PAGES, openPage } from '../lib/routes';
import { Icon } from './Icon';
import './SearchBar.scss';

/** The tappable search box on top of browse pages; typing happens on the search page. */
export function SearchBar({ placeholder = '搜索商品' }: { placeholder?: string }) {
  return (
    <View className='search-bar' onClick={() => openPage(PAGES.search)} data-testid='search-bar'>
      <Icon name='search' size={30} color='#aaa' className='search-bar__icon' />
      <Text className='search-bar__placeholder'>{placeholder}</Text>
    </View>
  );
}
