import Taro from '@tarojs/taro';
import { errorText } from '../api/errors';

/** A plain toast without an icon: WeChat allows two lines of text that way. */
export function toast(title: string): void {
  void Taro.showToast({ title, icon: 'none', duration: 2500 });
}

export function toastSuccess(title: string): void {
  void Taro.showToast({ title, icon: 'success', duration: 1500 });
}

export function toastError(error: unknown): void {
  toast(errorText(error));
}
