/**
 * 热搜词 offered on the search page before the shopper types. Until analytics counts search
 * events, this is a list the shop manages here; each word finds products in the demo catalog
 * (server/src/db/seed/demo-data.ts), which server/test/catalog/search-relevance.test.ts checks.
 * Once search events exist, GET /search/hot-words should serve the most searched words that
 * found something, with this list as the fallback.
 */
export const HOT_WORDS: readonly string[] = ['双肩包', 'T恤', '帆布', '亚麻', '耳机', '充电宝', '拖鞋', '帐篷'];
