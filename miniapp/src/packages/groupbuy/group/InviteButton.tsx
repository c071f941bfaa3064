import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { SubmitButton } from '../../../components';
import { isH5 } from '../../../lib/config';
import { toastSuccess } from '../../../lib/toast';
import { groupPageHref } from '../lib/pay';

/**
 * 邀请好友: in WeChat the share button sends the page's share card (onShareAppMessage carries the
 * group id); in a browser there is no share sheet, so the link is shown and copied.
 */
export function InviteButton({ groupId }: { groupId: number }) {
  if (!isH5()) {
    return (
      <Button className='gb-action gb-action--primary' openType='share' data-testid='invite'>
        邀请好友参团
      </Button>
    );
  }
  const link = groupPageHref(window.location, groupId);
  const copy = async () => {
    await Taro.setClipboardData({ data: link });
    toastSuccess('链接已复制');
  };
  return (
    <View className='gb-invite'>
      <SubmitButton onSubmit={copy} testId='invite'>
        复制邀请链接
      </SubmitButton>
      <Text className='gb-invite__link' data-testid='invite-link'>
        {link}
      </Text>
    </View>
  );
}
