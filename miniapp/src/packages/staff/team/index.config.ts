export default definePageConfig({ navigationBarTitleText: '门店管理', pageOrientation: 'auto', enablePullDownRefresh: true });
