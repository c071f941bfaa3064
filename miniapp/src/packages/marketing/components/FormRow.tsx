import { Input, Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';

/** A labelled line of a console form, with its problem under it. */
export function FormRow({ label, error, children, testId }: { label: string; error?: string; children: ReactNode; testId?: string }) {
  return (
    <>
      <View className='mk-form-row'>
        <Text className='mk-label'>{label}</Text>
        {children}
      </View>
      {error ? (
        <Text className='mk-field-error' data-testid={testId ? `${testId}-error` : undefined}>
          {error}
        </Text>
      ) : null}
    </>
  );
}

/** A text box of a console form. */
export function FormInput({ value, onChange, placeholder, narrow = false, type = 'text', testId }: { value: string; onChange: (value: string) => void; placeholder?: string; narrow?: boolean; type?: 'text' | 'number' | 'digit'; testId: string }) {
  return <Input className={`staff-input mk-field${narrow ? ' mk-narrow' : ''}`} type={type} value={value} placeholder={placeholder} onInput={(e) => onChange(e.detail.value)} data-testid={testId} />;
}

/** Two or more exclusive choices as big tiles. */
export function ChoiceTiles<K extends string>({ items, value, onChange, testId }: { items: readonly { key: K; label: string }[]; value: K; onChange: (key: K) => void; testId: string }) {
  return (
    <View className='staff-choices mk-field'>
      {items.map((item) => (
        <Text key={item.key} className={`staff-choice${item.key === value ? ' staff-choice--on' : ''}`} onClick={() => onChange(item.key)} data-testid={`${testId}-${item.key}`}>
          {item.label}
        </Text>
      ))}
    </View>
  );
}
