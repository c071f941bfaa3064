export default definePageConfig({ navigationBarTitleText: '支付异常', pageOrientation: 'auto', enablePullDownRefresh: true });
