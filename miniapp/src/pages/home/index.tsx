import { Swiper, SwiperItem, Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useShareAppMessage } from '@tarojs/taro';
import { fetchCategories, fetchProducts, fetchRunningCampaigns } from '../../api';
import { AsyncView, Icon, LazyImage, ProductGrid, ProductGridSkeleton, SearchBar } from '../../components';
import { useAsyncData } from '../../hooks/useAsyncData';
import { BANNERS, HOME_ENTRIES, HOME_GROUPBUY_LIMIT, type HomeEntry } from '../../lib/home-content';
import { PAGES, openPage } from '../../lib/routes';
import { toast } from '../../lib/toast';
import { GroupbuySection } from '../../components/GroupbuySection';
import './index.scss';

const RECOMMENDED_COUNT = 10;

/** 首页: search, banners, category shortcuts, activity entries, running group-buys, best sellers. */
export default function HomePage() {
  const categories = useAsyncData(() => fetchCategories({ quiet: true }), []);
  const recommended = useAsyncData(() => fetchProducts({ sort: 'sales', limit: RECOMMENDED_COUNT }, { quiet: true }), []);
  // Campaigns start and end while the tab stays open: look again whenever it shows.
  // One more than shown tells whether 全部 › leads anywhere.
  const groupbuys = useAsyncData(() => fetchRunningCampaigns(HOME_GROUPBUY_LIMIT + 1), [], { reloadOnShow: true });

  const reloadAll = async () => {
    await Promise.all([categories.reload(), recommended.reload(), groupbuys.reload()]);
  };
  usePullDownRefresh(async () => {
    await reloadAll();
    Taro.stopPullDownRefresh();
  });
  useShareAppMessage(() => ({ title: '栖行 QIXING · 线上下单，门店体验', path: PAGES.home }));

  const openEntry = (entry: HomeEntry) => (entry.path ? openPage(entry.path) : toast(`${entry.label}即将上线，敬请期待`));

  return (
    <View className='home'>
      <SearchBar placeholder='搜索 T恤、背包、香薰…' />
      <Swiper className='home__banners' indicatorDots autoplay circular interval={4000}>
        {BANNERS.map((banner) => (
          <SwiperItem key={banner.title}>
            <View className='home__banner' style={{ background: banner.background }} onClick={() => openPage(banner.path, banner.params)}>
              <Text className='home__banner-title'>{banner.title}</Text>
              <Text className='home__banner-subtitle'>{banner.subtitle}</Text>
            </View>
          </SwiperItem>
        ))}
      </Swiper>

      <View className='home__categories' data-testid='home-categories'>
        {(categories.data ?? []).map((category) => (
          <View key={category.id} className='home__category' onClick={() => openPage(PAGES.search, { category: category.id, title: category.name })}>
            <LazyImage src={category.icon} className='home__category-icon' mode='aspectFit' />
            <Text className='home__category-name'>{category.name}</Text>
          </View>
        ))}
      </View>

      <View className='home__entries'>
        {HOME_ENTRIES.map((entry) => (
          <View key={entry.label} className='home__entry' onClick={() => openEntry(entry)}>
            <Icon name={entry.icon} size={48} color='#e4393c' className='home__entry-icon' />
            <Text className='home__entry-label'>{entry.label}</Text>
          </View>
        ))}
      </View>

      <GroupbuySection campaigns={(groupbuys.data ?? []).slice(0, HOME_GROUPBUY_LIMIT)} more={(groupbuys.data?.length ?? 0) > HOME_GROUPBUY_LIMIT} />

      <Text className='home__section-title'>为你推荐</Text>
      {/* The best sellers say whether the shop can be reached; the categories and 拼团 above simply stay away when they fail, and 重新加载 asks for all three. */}
      <AsyncView
        state={{ ...recommended, reload: reloadAll }}
        skeleton={<ProductGridSkeleton />}
        isEmpty={(page) => page.items.length === 0}
        empty={{ title: '商品正在上架中', description: '先去分类看看吧', actionText: '去分类逛逛', onAction: () => openPage(PAGES.category) }}
      >
        {(page) => (
          <View>
            <ProductGrid products={page.items} />
            <View className='home__more' onClick={() => openPage(PAGES.search, { sort: 'sales' })}>
              查看更多商品 ›
            </View>
          </View>
        )}
      </AsyncView>
    </View>
  );
}
