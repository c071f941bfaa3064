import { View } from '@tarojs/components';
import { formatFen } from '@shop/shared';

export default function Page() {
  return <View>addresses {formatFen(1230)}</View>;
}
