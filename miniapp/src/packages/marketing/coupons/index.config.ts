export default definePageConfig({ navigationBarTitleText: '优惠券', pageOrientation: 'auto', enablePullDownRefresh: true });
