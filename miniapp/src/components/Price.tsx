import { Text } from '@tarojs/components';
import { price } from '../lib/format';
import './Price.scss';

export interface PriceProps {
  fen: number;
  size?: 'sm' | 'md' | 'lg';
  /** A crossed-out former price. */
  strike?: boolean;
  /** e.g. "会员价" shown before the amount. */
  label?: string;
  testId?: string;
}

/** ¥12.30 from fen, the one way money is shown. */
export function Price({ fen, size = 'md', strike = false, label, testId }: PriceProps) {
  return (
    <Text className={`price price--${size}${strike ? ' price--strike' : ''}`} data-testid={testId}>
      {label ? <Text className='price__label'>{label}</Text> : null}
      {price(fen)}
    </Text>
  );
}
