import Taro from '@tarojs/taro';
import { isH5 } from '../../../lib/config';
import { toast } from '../../../lib/toast';

/**
 * 模拟扫码支付 (local WeChat Pay emulator only): H5 opens the emulator's cashier in a new
 * window, as if the customer had scanned the QR; the mini-program cannot open web pages, so
 * it copies the link for a browser.
 */
export function openCashier(cashierUrl: string): void {
  if (isH5()) {
    window.open(cashierUrl, '_blank');
    return;
  }
  void Taro.setClipboardData({ data: cashierUrl }).then(() => toast('支付链接已复制，请在浏览器中打开'));
}
