/**
 * Stand-ins for @tarojs/components in unit tests: plain DOM elements. Taro-only props are
 * dropped; `onInput` gets Taro's `{ detail: { value } }` event shape.
 */
import type { CSSProperties, ReactNode } from 'react';

interface BaseProps {
  children?: ReactNode;
  className?: string;
  style?: CSSProperties | string;
  onClick?: (event: unknown) => void;
  'data-testid'?: string;
  [taroOnly: string]: unknown;
}

function domProps(props: BaseProps) {
  const { children, className, onClick, style } = props;
  const ariaDisabled = props['aria-disabled'];
  return { children, className, onClick, style: typeof style === 'string' ? undefined : style, 'data-testid': props['data-testid'], 'aria-disabled': typeof ariaDisabled === 'boolean' ? ariaDisabled : undefined };
}

export const View = (props: BaseProps) => <div {...domProps(props)} />;
export const Text = (props: BaseProps) => <span {...domProps(props)} />;
export const ScrollView = (props: BaseProps) => <div {...domProps(props)} />;
export const Swiper = (props: BaseProps) => <div {...domProps(props)} />;
export const SwiperItem = (props: BaseProps) => <div {...domProps(props)} />;
export const Label = (props: BaseProps) => <label {...domProps(props)} />;
export const Form = (props: BaseProps) => <form {...domProps(props)} />;

export const Image = (props: BaseProps & { src?: string }) => (
  <img
    className={props.className}
    src={props.src}
    style={typeof props.style === 'string' ? undefined : props.style}
    data-testid={props['data-testid']}
    role={typeof props.role === 'string' ? props.role : undefined}
    aria-label={typeof props['aria-label'] === 'string' ? props['aria-label'] : undefined}
    aria-hidden={props['aria-hidden'] === 'true' || props['aria-hidden'] === true ? 'true' : undefined}
    alt=''
  />
);

export const Button = (props: BaseProps & { disabled?: boolean; loading?: boolean }) => (
  <button type='button' {...domProps(props)} disabled={Boolean(props.disabled)} data-loading={props.loading ? 'true' : undefined} />
);

type InputEvent = { detail: { value: string } };

export const Input = (props: BaseProps & { value?: string; placeholder?: string; type?: string; onInput?: (e: InputEvent) => void; onConfirm?: (e: InputEvent) => void }) => (
  <input
    className={props.className}
    data-testid={props['data-testid']}
    value={props.value ?? ''}
    placeholder={props.placeholder}
    onChange={(e) => props.onInput?.({ detail: { value: e.target.value } })}
    onKeyDown={(e) => e.key === 'Enter' && props.onConfirm?.({ detail: { value: (e.target as HTMLInputElement).value } })}
  />
);

export const Textarea = (props: BaseProps & { value?: string; placeholder?: string; onInput?: (e: InputEvent) => void }) => (
  <textarea className={props.className} data-testid={props['data-testid']} value={props.value ?? ''} placeholder={props.placeholder} onChange={(e) => props.onInput?.({ detail: { value: e.target.value } })} />
);

export const Switch = (props: BaseProps & { checked?: boolean; onChange?: (e: { detail: { value: boolean } }) => void }) => (
  <input type='checkbox' data-testid={props['data-testid']} checked={Boolean(props.checked)} onChange={(e) => props.onChange?.({ detail: { value: e.target.checked } })} />
);
