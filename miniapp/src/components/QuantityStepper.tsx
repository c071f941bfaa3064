import { Text, View } from '@tarojs/components';
import { CART_MAX_LINE_QTY } from '@shop/shared';
import './QuantityStepper.scss';

export interface QuantityStepperProps {
  value: number;
  /** Upper bound (stock); never above the server's per-line limit. */
  max?: number;
  disabled?: boolean;
  onChange: (qty: number) => void;
  testId?: string;
}

/** − qty + ; stays within 1..max. */
export function QuantityStepper({ value, max = CART_MAX_LINE_QTY, disabled = false, onChange, testId = 'qty' }: QuantityStepperProps) {
  const upper = Math.max(1, Math.min(max, CART_MAX_LINE_QTY));
  const canDecrease = !disabled && value > 1;
  const canIncrease = !disabled && value < upper;
  return (
    <View className='stepper' data-testid={testId}>
      <Text className={`stepper__button${canDecrease ? '' : ' stepper__button--off'}`} data-testid={`${testId}-minus`} onClick={() => canDecrease && onChange(value - 1)}>
        −
      </Text>
      <Text className='stepper__value' data-testid={`${testId}-value`}>{value}</Text>
      <Text className={`stepper__button${canIncrease ? '' : ' stepper__button--off'}`} data-testid={`${testId}-plus`} onClick={() => canIncrease && onChange(value + 1)}>
        +
      </Text>
    </View>
  );
}
