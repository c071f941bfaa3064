export default definePageConfig({ navigationBarTitleText: '拼团活动', pageOrientation: 'auto', enablePullDownRefresh: true });
