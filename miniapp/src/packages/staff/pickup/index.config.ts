export default definePageConfig({ navigationBarTitleText: '取货核销', pageOrientation: 'auto' });
