export default definePageConfig({ navigationBarTitleText: '门店收银台', pageOrientation: 'auto' });
