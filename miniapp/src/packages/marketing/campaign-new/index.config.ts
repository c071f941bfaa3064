export default definePageConfig({ navigationBarTitleText: '新建拼团活动', pageOrientation: 'auto' });
