export default definePageConfig({
  navigationBarTitleText: '栖行 QIXING',
  enablePullDownRefresh: true,
  enableShareAppMessage: true,
});
