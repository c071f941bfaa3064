import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SubmitButton } from './SubmitButton';

describe('SubmitButton', () => {
  it('runs the action once however often it is tapped while in flight, then enables again', async () => {
    let finish: () => void = () => undefined;
    let runs = 0;
    const action = () => {
      runs++;
      return new Promise<void>((resolve) => (finish = resolve));
    };
    render(<SubmitButton onSubmit={action} busyText='提交中…' testId='submit'>提交订单</SubmitButton>);
    const button = screen.getByTestId('submit');
    fireEvent.click(button);
    fireEvent.click(button);
    fireEvent.click(button);
    expect(runs).toBe(1);
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(button.textContent).toBe('提交中…');
    await act(async () => finish());
    expect(button.getAttribute('aria-disabled')).toBe('false');
    fireEvent.click(button);
    expect(runs).toBe(2);
  });

  it('does nothing while disabled and survives a failing action', async () => {
    let runs = 0;
    const { rerender } = render(<SubmitButton onSubmit={async () => void runs++} disabled testId='submit'>去结算</SubmitButton>);
    fireEvent.click(screen.getByTestId('submit'));
    expect(runs).toBe(0);
    rerender(<SubmitButton onSubmit={() => Promise.reject(new Error('x'))} testId='submit'>去结算</SubmitButton>);
    await act(async () => void fireEvent.click(screen.getByTestId('submit')));
    expect(screen.getByTestId('submit').getAttribute('aria-disabled')).toBe('false');
  });
});
