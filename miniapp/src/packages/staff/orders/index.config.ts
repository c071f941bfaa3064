export default definePageConfig({ navigationBarTitleText: '今日订单', pageOrientation: 'auto', enablePullDownRefresh: true });
