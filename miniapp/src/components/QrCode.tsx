import { Image } from '@tarojs/components';
import { useMemo } from 'react';
import { qrDataUri } from './qr-svg';
import './QrCode.scss';

export interface QrCodeProps {
  /** What the code encodes (a member code token, a pickup code, ...). */
  text: string;
  /** Sizes the image; the default is 400px on the 750 design width. */
  className?: string;
  testId?: string;
}

/**
 * A scannable QR code as an image: no canvas, the same output on weapp and H5.
 * Import it by path (`components/QrCode`), not from the components index: the main package
 * imports that index, and the encoder (~20 KB) belongs in the subpackages that show codes.
 */
export function QrCode({ text, className = '', testId = 'qr-code' }: QrCodeProps) {
  const src = useMemo(() => qrDataUri(text), [text]);
  return <Image className={`qr-code ${className}`} src={src} mode='aspectFit' data-testid={testId} />;
}
