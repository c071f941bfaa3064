import { Text, View } from '@tarojs/components';
import { QrCode } from '../../../components/QrCode';

/** The code staff scan or type at the store: a QR and its six digits, spaced for reading aloud. */
export function PickupCode({ pickup, storeName }: { pickup: { code: string; qrPayload: string }; storeName: string }) {
  return (
    <View className='trade-card pickup-code' data-testid='pickup-code'>
      <Text className='trade-section-title'>取货码</Text>
      <QrCode text={pickup.qrPayload} className='pickup-code__qr' testId='pickup-qr' />
      <Text className='pickup-code__digits' data-testid='pickup-digits'>
        {pickup.code.replace(/(\d{3})(?=\d)/g, '$1 ')}
      </Text>
      <Text className='pickup-code__hint'>到 {storeName} 出示此码，店员核销后取货</Text>
    </View>
  );
}
