import { Text, View } from '@tarojs/components';
import { useRef, useState, type ReactNode } from 'react';
import './SubmitButton.scss';

export interface SubmitButtonProps {
  /** The action; the button stays disabled until it settles. */
  onSubmit: () => Promise<unknown>;
  children: ReactNode;
  disabled?: boolean;
  /** Text while the action runs, e.g. "提交中…". */
  busyText?: string;
  variant?: 'primary' | 'secondary' | 'plain';
  className?: string;
  testId?: string;
}

/**
 * A button that runs an async action once at a time: a second tap while the first is in flight
 * does nothing (checked synchronously, before React re-renders the disabled state). Drawn with a
 * View: the platforms' own buttons bring styles (weapp's border, H5's weui) that fight ours.
 */
export function SubmitButton({ onSubmit, children, disabled = false, busyText, variant = 'primary', className = '', testId }: SubmitButtonProps) {
  const [busy, setBusy] = useState(false);
  const inFlight = useRef(false);
  const off = disabled || busy;

  const handleClick = async () => {
    if (inFlight.current || disabled) return;
    inFlight.current = true;
    setBusy(true);
    try {
      await onSubmit();
    } catch {
      // the action reports its own errors (the API client toasts them)
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  };

  return (
    <View className={`submit-button submit-button--${variant}${off ? ' submit-button--off' : ''} ${className}`} aria-disabled={off} onClick={handleClick} data-testid={testId}>
      <Text>{busy && busyText ? busyText : children}</Text>
    </View>
  );
}
