import { Text, View } from '@tarojs/components';
import { QrCode } from '../../../components/QrCode';
import { useCountdown } from '../../../hooks/useCountdown';
import { useMemberCode } from '../hooks/useMemberCode';
import { spacedDigits } from '../lib/member-code';
import './MemberCodeCard.scss';

/**
 * 会员码: a QR for the store staff to scan and its 12 digits to read out when they type it,
 * renewed every minute, with the seconds it has left.
 */
export function MemberCodeCard() {
  const { code, failed, refresh } = useMemberCode();
  const left = useCountdown(code?.expiresAt ?? null);
  return (
    <View className='member-code' data-testid='member-code'>
      <Text className='member-code__title'>会员码</Text>
      <Text className='member-code__hint'>到店消费时出示，享会员价、积分和会员权益</Text>
      <View className='member-code__frame' onClick={() => void refresh()}>
        {code ? <QrCode text={code.code} className='member-code__qr' testId='member-qr' /> : null}
        {!code && !failed ? <View className='member-code__placeholder'>生成中…</View> : null}
        {!code && failed ? <View className='member-code__placeholder'>会员码加载失败，点击重试</View> : null}
      </View>
      {code ? (
        <Text className='member-code__digits' data-testid='member-code-digits'>
          {spacedDigits(code.digits)}
        </Text>
      ) : null}
      <Text className='member-code__refresh' onClick={() => void refresh()} data-testid='member-code-refresh'>
        {failed && code ? '刷新失败，点击重试' : left !== null ? `${Math.floor(left / 1000)} 秒后自动刷新 · 点击二维码可手动刷新` : '每分钟自动刷新 · 点击二维码可手动刷新'}
      </Text>
      <Text className='member-code__hint'>仅在门店向店员出示，请勿截图转发</Text>
    </View>
  );
}
