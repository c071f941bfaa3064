import type { ProductSummary } from '@shop/shared';
import { Input, Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useReachBottom, useRouter } from '@tarojs/taro';
import { useEffect, useRef, useState } from 'react';
import { fetchHotWords, fetchProducts, fetchRecommendations } from '../../../api';
import { ListStates, LoadMore, ProductGrid, ProductGridSkeleton, Tabs } from '../../../components';
import { useCursorList } from '../../../hooks/useCursorList';
import { PAGES, idParam, openPage } from '../../../lib/routes';
import { clearSearchHistory, readSearchHistory, rememberSearch } from '../../../lib/search-history';
import { DEFAULT_SORT, SORT_TABS, apiSort, sortLabel, tapSort, type SortState, type SortTabKey } from '../../../lib/search-sort';
import './index.scss';

const productKey = (p: ProductSummary) => p.id;

/** 搜索: 热搜词 and history, then results with sort tabs and infinite scroll; also the list of a category. */
export default function SearchPage() {
  const { params } = useRouter();
  const category = idParam(params.category);
  const [draft, setDraft] = useState(params.q ? decodeURIComponent(params.q) : '');
  const [term, setTerm] = useState(draft);
  const [sort, setSort] = useState<SortState>(() => (params.sort === 'new' || params.sort === 'sales' ? { ...DEFAULT_SORT, tab: params.sort } : DEFAULT_SORT));
  const [history, setHistory] = useState(readSearchHistory);
  const showingResults = term !== '' || category !== null || params.sort !== undefined;

  const queryKey = JSON.stringify([term, category, sort.tab, sort.priceAscending, showingResults]);
  // The query whose first page the list holds: right after a new search the list still holds the
  // last one's until its effect reloads, and that must not read as "found nothing".
  const [loadedKey, setLoadedKey] = useState<string | null>(null);
  const currentKey = useRef(queryKey);
  currentKey.current = queryKey;
  const list = useCursorList(
    async (cursor) => {
      const page = showingResults ? await fetchProducts({ q: term || undefined, category: category ?? undefined, sort: apiSort(sort), cursor, limit: 20 }, { quiet: true }) : { items: [], nextCursor: null };
      if (cursor === null && currentKey.current === queryKey) setLoadedKey(queryKey);
      return page;
    },
    productKey,
    [queryKey],
  );

  const [hotWords, setHotWords] = useState<string[]>([]);
  useEffect(() => {
    let live = true;
    fetchHotWords().then(
      (words) => live && setHotWords(words),
      () => undefined, // no chips; history and typing still work
    );
    return () => {
      live = false;
    };
  }, []);

  // A search that found nothing offers best sellers under its empty state.
  const foundNothing = showingResults && loadedKey === queryKey && !list.initial && !list.loading && list.items.length === 0 && !list.failed;
  const [recommended, setRecommended] = useState<ProductSummary[]>([]);
  useEffect(() => {
    if (!foundNothing || recommended.length > 0) return;
    let live = true;
    fetchRecommendations(6).then(
      (items) => live && setRecommended(items),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [foundNothing, recommended.length]);

  useReachBottom(list.loadMore);
  usePullDownRefresh(async () => {
    await list.refresh();
    Taro.stopPullDownRefresh();
  });

  const search = (value: string) => {
    const trimmed = value.trim();
    setDraft(trimmed);
    setTerm(trimmed);
    if (trimmed) setHistory(rememberSearch(trimmed));
  };

  const tabs = SORT_TABS.map((tab) => ({ key: tab.key, label: sortLabel(sort, tab.key, tab.label) }));

  return (
    <View className='search'>
      <View className='search__bar'>
        <Input
          className='search__input'
          value={draft}
          placeholder={params.title ? `在「${decodeURIComponent(params.title)}」中搜索` : '搜索商品'}
          focus={!showingResults}
          confirmType='search'
          onInput={(e) => setDraft(e.detail.value)}
          onConfirm={(e) => search(e.detail.value)}
          data-testid='search-input'
        />
        <Text className='search__go' onClick={() => search(draft)} data-testid='search-submit'>
          搜索
        </Text>
      </View>

      {!showingResults && hotWords.length > 0 ? (
        <View className='search__history' data-testid='hot-words'>
          <View className='search__history-head'>
            <Text>热门搜索</Text>
          </View>
          <View className='search__chips'>
            {hotWords.map((word, i) => (
              <Text key={word} className={i < 3 ? 'search__chip search__chip--hot' : 'search__chip'} onClick={() => search(word)} data-testid='hot-word'>
                {word}
              </Text>
            ))}
          </View>
        </View>
      ) : null}

      {!showingResults ? (
        <View className='search__history' data-testid='search-history'>
          <View className='search__history-head'>
            <Text>最近搜索</Text>
            {history.length ? (
              <Text
                className='search__history-clear'
                onClick={() => {
                  clearSearchHistory();
                  setHistory([]);
                }}
              >
                清空
              </Text>
            ) : null}
          </View>
          {history.length === 0 ? <Text className='search__history-empty'>还没有搜索过，试试「T恤」「背包」</Text> : null}
          <View className='search__chips'>
            {history.map((item) => (
              <Text key={item} className='search__chip' onClick={() => search(item)}>
                {item}
              </Text>
            ))}
          </View>
        </View>
      ) : (
        <View>
          <Tabs items={tabs} active={sort.tab} onChange={(key: SortTabKey) => setSort((s) => tapSort(s, key))} testId='sort' />
          {sort.tab === 'price' ? <Text className='search__price-flip' onClick={() => setSort((s) => tapSort(s, 'price'))}>{sort.priceAscending ? '价格从低到高 · 点此切换' : '价格从高到低 · 点此切换'}</Text> : null}
          <View className='search__results'>
            {/* Until this query's first page is in, the list may still hold the last query's: a skeleton, not "found nothing". */}
            {loadedKey === queryKey || list.failed ? (
              <ListStates
                list={list}
                skeleton={<ProductGridSkeleton />}
                empty={{ icon: 'search', title: '没有找到相关商品', description: '换个关键词试试，或看看全部商品', actionText: '去分类逛逛', onAction: () => openPage(PAGES.category), testId: 'search-empty' }}
              />
            ) : (
              <ProductGridSkeleton />
            )}
            {foundNothing && recommended.length > 0 ? (
              <View className='search__recommend' data-testid='search-recommend'>
                <Text className='search__recommend-title'>为你推荐</Text>
                <ProductGrid products={recommended} />
              </View>
            ) : null}
            <ProductGrid products={list.items} />
            {!list.initial && list.items.length > 0 ? <LoadMore loading={list.loading} finished={list.finished} failed={list.failed} onRetry={list.loadMore} /> : null}
          </View>
        </View>
      )}
    </View>
  );
}
