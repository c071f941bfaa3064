/**
 * Pages: the four tab pages, login and the not-found page stay in the main package (WeChat needs tab pages there);
 * everything else lives in subpackages that load on first visit, so the main package stays far
 * below WeChat's 2 MB limit. Add a page: see miniapp/FOUNDATION.md ("Add a page").
 */
export default defineAppConfig({
  pages: ['pages/home/index', 'pages/category/index', 'pages/cart/index', 'pages/me/index', 'pages/login/index', 'pages/not-found/index'],
  subPackages: [
    { root: 'packages/shop', pages: ['search/index', 'product/index'] },
    { root: 'packages/trade', pages: ['checkout/index', 'pay-result/index', 'orders/index', 'order/index', 'addresses/index', 'address-edit/index'] },
    { root: 'packages/member', pages: ['centre/index', 'coupon-centre/index', 'coupons/index', 'points/index', 'profile/index', 'stores/index', 'store/index'] },
    { root: 'packages/staff', pages: ['login/index', 'counter/index', 'pay/index', 'pickup/index', 'orders/index', 'commission/index', 'team/index'] },
    { root: 'packages/groupbuy', pages: ['group/index', 'start/index', 'mine/index', 'list/index'] },
    { root: 'packages/marketing', pages: ['login/index', 'campaigns/index', 'campaign-new/index', 'coupons/index', 'coupon-new/index', 'payment-anomalies/index', 'hot-words/index'] },
  ],
  preloadRule: {
    'pages/home/index': { network: 'all', packages: ['packages/shop'] },
    'pages/cart/index': { network: 'all', packages: ['packages/trade'] },
  },
  window: {
    // H5 shows Taro's navigation bar (title, back, home) only when asked; weapp always has its own.
    navigationStyle: 'default',
    backgroundTextStyle: 'dark',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: '栖行 QIXING',
    navigationBarTextStyle: 'black',
    backgroundColor: '#f5f5f5',
  },
  tabBar: {
    color: '#8a8a8a',
    selectedColor: '#e4393c',
    backgroundColor: '#ffffff',
    borderStyle: 'white',
    list: [
      { pagePath: 'pages/home/index', text: '首页', iconPath: 'assets/tab/home.png', selectedIconPath: 'assets/tab/home-active.png' },
      { pagePath: 'pages/category/index', text: '分类', iconPath: 'assets/tab/category.png', selectedIconPath: 'assets/tab/category-active.png' },
      { pagePath: 'pages/cart/index', text: '购物车', iconPath: 'assets/tab/cart.png', selectedIconPath: 'assets/tab/cart-active.png' },
      { pagePath: 'pages/me/index', text: '我的', iconPath: 'assets/tab/me.png', selectedIconPath: 'assets/tab/me-active.png' },
    ],
  },
  permission: {
    'scope.userLocation': { desc: '用于查找离你最近的门店' },
  },
  requiredPrivateInfos: ['getLocation', 'chooseAddress'],
});
