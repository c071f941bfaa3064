import { View } from '@tarojs/components';
import { formatFen } from '@shop/shared';

export default function Page() {
  return <View>search {formatFen(1230)}</View>;
}
