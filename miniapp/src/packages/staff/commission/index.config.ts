export default definePageConfig({ navigationBarTitleText: '我的提成', pageOrientation: 'auto', enablePullDownRefresh: true });
