export default definePageConfig({ navigationBarTitleText: '热搜词', pageOrientation: 'auto' });
