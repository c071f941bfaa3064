export default definePageConfig({ navigationBarTitleText: '扫码收款', pageOrientation: 'auto' });
