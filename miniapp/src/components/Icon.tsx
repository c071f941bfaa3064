import { Image } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { base64Ascii } from '../lib/base64';
import './Icon.scss';

/**
 * The app's icons: 24×24 stroke drawings shipped as inline SVG, so they look the same on every
 * phone and computer (emoji need an emoji font, and without one they show as empty squares).
 * Each entry is the inside of an <svg viewBox="0 0 24 24">; stroke colour and width come from the
 * wrapper. Add a name here when a screen needs a new one.
 */
const PATHS = {
  search: '<circle cx="11" cy="11" r="7"/><path d="M20 20l-4-4"/>',
  bag: '<path d="M5 8h14l-1 13H6z"/><path d="M9 10V6a3 3 0 0 1 6 0v4"/>',
  offline: '<path d="M2 8.5a15 15 0 0 1 20 0"/><path d="M5 12a10 10 0 0 1 14 0"/><path d="M8.5 15.5a5 5 0 0 1 7 0"/><path d="M12 19.5h.01"/><path d="M3 3l18 18"/>',
  store: '<path d="M3 9l1.5-5h15L21 9"/><path d="M3 9a3 3 0 0 0 6 0a3 3 0 0 0 6 0a3 3 0 0 0 6 0"/><path d="M5 11.5V20h14v-8.5"/><path d="M10 20v-5h4v5"/>',
  phone: '<path d="M5 3h4l2 5-2.5 1.5a11 11 0 0 0 6 6L16 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 5a2 2 0 0 1 2-2z"/>',
  compass: '<circle cx="12" cy="12" r="9"/><path d="M15.5 8.5l-2 5-5 2 2-5z"/>',
  coupon: '<path d="M3 7a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2v3a2 2 0 0 0 0 4v3a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2v-3a2 2 0 0 0 0-4z"/><path d="M14 5v2M14 11v2M14 17v2"/>',
  coin: '<circle cx="12" cy="12" r="9"/><path d="M9 8l3 3.5L15 8M12 11.5V17M9 12.5h6M9 15h6"/>',
  gift: '<path d="M3 8h18v4H3z"/><path d="M5 12v9h14v-9M12 8v13"/><path d="M12 8C11 5 7 4 7 6.5S10 8 12 8zM12 8c1-3 5-4 5-1.5S14 8 12 8z"/>',
  user: '<circle cx="12" cy="8" r="4"/><path d="M4 21a8 8 0 0 1 16 0"/>',
  group: '<circle cx="9" cy="8" r="3.5"/><path d="M2 20a7 7 0 0 1 14 0"/><path d="M16 4.5a3.5 3.5 0 0 1 0 7M18 13.5a7 7 0 0 1 4 6.5"/>',
  close: '<path d="M6 6l12 12M18 6L6 18"/>',
  check: '<path d="M5 12.5l4.5 4.5L19 7"/>',
  'check-circle': '<circle cx="12" cy="12" r="9"/><path d="M8 12.5l3 3 5-6"/>',
  clock: '<circle cx="12" cy="13" r="8"/><path d="M12 9v4l3 2M5 3L2 6M19 3l3 3"/>',
  hourglass: '<path d="M6 3h12M6 21h12M7 3v3l5 6-5 6v3M17 3v3l-5 6 5 6v3"/>',
  cart: '<circle cx="9" cy="20" r="1.5"/><circle cx="18" cy="20" r="1.5"/><path d="M2 3h3l2.5 12h12L22 7H6"/>',
  lock: '<rect x="4" y="11" width="16" height="10" rx="2"/><path d="M8 11V7a4 4 0 0 1 8 0v4M12 15v2"/>',
  order: '<path d="M5 3h14v18l-2.5-1.5L14 21l-2-1.5-2 1.5-2.5-1.5L5 21z"/><path d="M9 8h6M9 12h6M9 16h3"/>',
  package: '<path d="M12 3l8 4.5v9L12 21l-8-4.5v-9z"/><path d="M4 7.5l8 4.5 8-4.5M12 12v9"/>',
  warning: '<path d="M12 3L2 20h20z"/><path d="M12 10v4M12 17h.01"/>',
  help: '<circle cx="12" cy="12" r="9"/><path d="M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.7.3-1 .9-1 1.7v.5M12 17h.01"/>',
  truck: '<path d="M2 5h12v11H2zM14 9h4l3 3.5V16h-7z"/><circle cx="6.5" cy="18" r="2"/><circle cx="17.5" cy="18" r="2"/>',
  location: '<path d="M12 21s-7-6.2-7-12a7 7 0 0 1 14 0c0 5.8-7 12-7 12z"/><circle cx="12" cy="9" r="2.5"/>',
  'eye-off': '<path d="M3 3l18 18M10.6 5.1A10 10 0 0 1 12 5c6 0 10 7 10 7a17 17 0 0 1-3.2 3.9M6.6 6.6C3.7 8.4 2 12 2 12s4 7 10 7a9.7 9.7 0 0 0 5.4-1.6M9.9 9.9a3 3 0 0 0 4.2 4.2"/>',
  home: '<path d="M3 11l9-8 9 8"/><path d="M5 9.5V21h5v-6h4v6h5V9.5"/>',
  crown: '<path d="M3 7l4.5 4L12 4l4.5 7L21 7l-2 12H5z"/>',
  card: '<rect x="2" y="5" width="20" height="14" rx="2"/><path d="M2 10h20M6 15h4"/>',
  return: '<path d="M4 10h12a4 4 0 0 1 0 8h-3"/><path d="M8 6l-4 4 4 4"/>',
  wechat: '<path d="M12 4c5 0 9 3.4 9 7.5S17 19 12 19c-1 0-2-.1-2.9-.4L5 20.5l1.2-3.4C4.2 15.7 3 13.7 3 11.5 3 7.4 7 4 12 4z"/><path d="M8.5 11h.01M12 11h.01M15.5 11h.01"/>',
} as const;

export type IconName = keyof typeof PATHS;

export const ICON_NAMES = Object.keys(PATHS) as IconName[];

export function isIconName(value: unknown): value is IconName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(PATHS, value);
}

/** The complete SVG text of `name` drawn in `color` (any CSS colour, e.g. '#e4393c'). */
export function iconSvg(name: IconName, color: string, strokeWidth = 1.8): string {
  const safeColor = color.replace(/[^#a-zA-Z0-9(),.% ]/g, '');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="none" stroke="${safeColor}" ` +
    `stroke-width="${strokeWidth}" stroke-linecap="round" stroke-linejoin="round">${PATHS[name]}</svg>`
  );
}

const uriCache = new Map<string, string>();

/** `data:image/svg+xml;base64,...` of the icon: weapp's <image> and browsers both show it. */
export function iconDataUri(name: IconName, color: string, strokeWidth?: number): string {
  const key = `${name}|${color}|${strokeWidth ?? ''}`;
  let uri = uriCache.get(key);
  if (!uri) {
    uri = `data:image/svg+xml;base64,${base64Ascii(iconSvg(name, color, strokeWidth))}`;
    uriCache.set(key, uri);
  }
  return uri;
}

export interface IconProps {
  name: IconName;
  /**
   * Width and height: a number is design px on the 750-wide storefront (like the stylesheets'
   * `px`), a string is a CSS length used as is (the tablet and console pages, e.g. '24px').
   */
  size?: number | string;
  /** Stroke colour (an image cannot inherit the text colour). */
  color?: string;
  strokeWidth?: number;
  /** What the icon means when nothing next to it says so; without it the icon is decoration, hidden from screen readers. */
  label?: string;
  className?: string;
  testId?: string;
}

/** One of the app's SVG icons as an <Image>. */
export function Icon({ name, size = 40, color = '#333', strokeWidth, label, className = '', testId }: IconProps) {
  const length = typeof size === 'number' ? Taro.pxTransform(size) : size;
  const a11y = label ? { role: 'img', 'aria-role': 'img', 'aria-label': label } : { 'aria-hidden': 'true' };
  return (
    <Image
      className={`icon icon--${name} ${className}`.trim()}
      src={iconDataUri(name, color, strokeWidth)}
      mode='aspectFit'
      style={{ width: length, height: length, flex: 'none', verticalAlign: 'middle' }}
      imgProps={{ alt: '' }}
      data-testid={testId}
      {...a11y}
    />
  );
}
