export default definePageConfig({ navigationBarTitleText: 'address-edit' });
