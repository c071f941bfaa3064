import { Input, Text, View } from '@tarojs/components';
import { createContext, useContext, type ReactNode } from 'react';

/** The label of the row a text box sits in: its accessible name unless it is given its own. */
const RowLabel = createContext<string | undefined>(undefined);

/** A labelled line of a console form, with its problem under it. */
export function FormRow({ label, error, children, testId }: { label: string; error?: string; children: ReactNode; testId?: string }) {
  return (
    <>
      <View className='mk-form-row'>
        <Text className='mk-label'>{label}</Text>
        <RowLabel.Provider value={label}>{children}</RowLabel.Provider>
      </View>
      {error ? (
        <Text className='mk-field-error' data-testid={testId ? `${testId}-error` : undefined}>
          {error}
        </Text>
      ) : null}
    </>
  );
}

/**
 * A text box of a console form. Its accessible name is `label`, else its row's label; on H5 it
 * reaches the real <input> through `nativeProps` (an attribute on Taro's wrapper would not).
 */
export function FormInput({ value, onChange, placeholder, narrow = false, type = 'text', label, testId }: { value: string; onChange: (value: string) => void; placeholder?: string; narrow?: boolean; type?: 'text' | 'number' | 'digit'; label?: string; testId: string }) {
  const rowLabel = useContext(RowLabel);
  const name = label ?? rowLabel;
  return (
    <Input
      className={`staff-input mk-field${narrow ? ' mk-narrow' : ''}`}
      type={type}
      value={value}
      placeholder={placeholder}
      onInput={(e) => onChange(e.detail.value)}
      nativeProps={name ? { 'aria-label': name } : undefined}
      data-testid={testId}
    />
  );
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
