import { Input, Text, View } from '@tarojs/components';
import { useState, type ReactNode } from 'react';
import { SubmitButton } from '../../../components';
import { canScan, scanQrText } from '../lib/scan';

export interface CodeEntryProps {
  placeholder: string;
  actionText: string;
  busyText: string;
  /** The camera button's text (mini-program only). */
  scanText: string;
  /** Runs with what was typed or scanned; answers true when the input should be cleared. */
  onSubmit: (text: string) => Promise<boolean>;
  /** Shown in red under the field. */
  problem: string | null;
  testId: string;
  /** More buttons after the scan button. */
  children?: ReactNode;
  /** Whether a QR can stand for the code (default true): offers the camera in the mini-program. */
  scannable?: boolean;
}

/**
 * A code to type or scan: a big field (Enter submits, so a keyboard scanner works on H5), the
 * action, the camera scanner in the mini-program, and the reason the last attempt failed.
 */
export function CodeEntry({ placeholder, actionText, busyText, scanText, onSubmit, problem, testId, children, scannable = true }: CodeEntryProps) {
  const [input, setInput] = useState('');
  const submit = async (text: string) => {
    if (await onSubmit(text)) setInput('');
  };
  const scan = async () => {
    const text = await scanQrText();
    if (text) await submit(text);
  };
  return (
    <View>
      <View className='staff-row'>
        <Input className='staff-input staff-grow staff-code__input' placeholder={placeholder} value={input} onInput={(e) => setInput(e.detail.value)} onConfirm={(e) => void submit(e.detail.value)} data-testid={`${testId}-input`} />
        <SubmitButton onSubmit={() => submit(input)} busyText={busyText} testId={`${testId}-submit`}>
          {actionText}
        </SubmitButton>
        {scannable && canScan() ? (
          <SubmitButton onSubmit={scan} variant='plain' testId={`${testId}-scan`}>
            {scanText}
          </SubmitButton>
        ) : null}
        {children}
      </View>
      {problem ? (
        <Text className='staff-error staff-code__error' data-testid={`${testId}-error`}>
          {problem}
        </Text>
      ) : null}
    </View>
  );
}
