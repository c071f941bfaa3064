import { Image, Text, View } from '@tarojs/components';
import { assetUrl } from '../../../lib/config';
import './groupbuy.scss';

/** A member's picture, or the first character of their nickname on a grey disc. */
export function GroupAvatar({ nickname, avatarUrl, small = false }: { nickname: string; avatarUrl: string | null; small?: boolean }) {
  return (
    <View className={`gb-avatar${small ? ' gb-avatar--small' : ''}`}>
      {avatarUrl ? <Image className='gb-avatar__image' src={assetUrl(avatarUrl)} mode='aspectFill' /> : <Text>{nickname.slice(0, 1) || '微'}</Text>}
    </View>
  );
}
