import { Image, Text, View } from '@tarojs/components';
import './MemberAvatar.scss';

/** The member's picture, or the first character of the nickname on a gold disc. */
export function MemberAvatar({ nickname, avatarUrl, size = 'md' }: { nickname: string; avatarUrl: string | null; size?: 'md' | 'lg' }) {
  return (
    <View className={`member-avatar member-avatar--${size}`}>
      {avatarUrl ? <Image className='member-avatar__image' src={avatarUrl} mode='aspectFill' /> : <Text>{nickname.slice(0, 1) || '栖'}</Text>}
    </View>
  );
}
