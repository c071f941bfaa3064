export default definePageConfig({ navigationBarTitleText: '营销后台登录', pageOrientation: 'auto' });
