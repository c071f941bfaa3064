import Taro from '@tarojs/taro';
import { isH5 } from '../../../lib/config';

/** The camera scanner exists in the mini-program only; H5 tablets type the code (or use a keyboard scanner). */
export function canScan(): boolean {
  return !isH5();
}

/** Scans a QR code with the camera; null when staff closed the scanner. */
export async function scanQrText(): Promise<string | null> {
  try {
    const result = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] });
    return result.result || null;
  } catch {
    return null;
  }
}
