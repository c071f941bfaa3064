import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { productDetail, skuView } from '../../../../test/fixtures';
import type { SpecSelection } from '../../../lib/sku-picker';
import { SkuSheet } from './SkuSheet';

const product = productDetail({
  minMemberPrice: 14900,
  specs: [{ name: '颜色', values: ['本白', '墨黑', '橄榄绿'] }],
  skus: [skuView(4, { 颜色: '本白' }, 3, {}, { memberPrice: 14900 }), skuView(5, { 颜色: '墨黑' }, 0), skuView(6, { 颜色: '橄榄绿' }, 8)],
});

function Harness({ onConfirm }: { onConfirm: (selection: SpecSelection, qty: number) => Promise<void> }) {
  const [selection, setSelection] = useState<SpecSelection>({});
  const [qty, setQty] = useState(1);
  return <SkuSheet product={product} selection={selection} qty={qty} action='cart' onSelection={setSelection} onQty={setQty} onConfirm={() => onConfirm(selection, qty)} onClose={() => undefined} />;
}

describe('SkuSheet', () => {
  it('asks for a colour first, never offers the sold-out one, and confirms the chosen SKU', async () => {
    const onConfirm = vi.fn(async () => undefined);
    render(<Harness onConfirm={onConfirm} />);
    const confirm = screen.getByTestId('sku-confirm');
    expect(confirm.textContent).toBe('请选择 颜色');
    expect(confirm.getAttribute('aria-disabled')).toBe('true');

    fireEvent.click(screen.getByTestId('spec-颜色-墨黑'));
    expect(screen.getByTestId('spec-颜色-墨黑').className).toContain('disabled');
    expect(confirm.getAttribute('aria-disabled')).toBe('true');

    fireEvent.click(screen.getByTestId('spec-颜色-本白'));
    expect(screen.getByTestId('sku-stock').textContent).toBe('库存 3 件');
    expect(screen.getByText('会员价')).toBeTruthy();

    // The stepper stops at the stock.
    for (let i = 0; i < 5; i++) fireEvent.click(screen.getByTestId('qty-plus'));
    expect(screen.getByTestId('qty-value').textContent).toBe('3');

    await act(async () => void fireEvent.click(confirm));
    expect(onConfirm).toHaveBeenCalledWith({ 颜色: '本白' }, 3);
  });
});
