import { View } from '@tarojs/components';
import { EmptyState } from '../../components';
import { PAGES, openPage } from '../../lib/routes';

/** Where an unknown link lands (app.tsx sends it here), always with a way home. */
export default function NotFoundPage() {
  return (
    <View data-testid='page-not-found'>
      <EmptyState icon='compass' title='页面不存在' description='链接可能已失效，或页面已经搬走了' actionText='回到首页' onAction={() => openPage(PAGES.home)} testId='not-found' />
    </View>
  );
}
