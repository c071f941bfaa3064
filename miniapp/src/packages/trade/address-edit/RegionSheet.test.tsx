import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { regionTrailByNames } from '../../../lib/regions';
import { RegionSheet } from './RegionSheet';

const optionNames = () => screen.getAllByTestId('region-option').map((row) => row.textContent);
const option = (name: string) => {
  const row = screen.getAllByTestId('region-option').find((r) => r.textContent === name);
  if (!row) throw new Error(`no option ${name} among ${optionNames().join(',')}`);
  return row;
};
const tab = (n: number) => screen.getByTestId(`region-tab-${n}`);
const chosenOption = () => screen.getAllByTestId('region-option').filter((row) => row.className.includes('region-sheet__option--on')).map((row) => row.textContent);

function openSheet(initial: Parameters<typeof RegionSheet>[0]['initial'] = []) {
  const onPick = vi.fn();
  const onClose = vi.fn();
  render(<RegionSheet initial={initial} onPick={onPick} onClose={onClose} />);
  return { onPick, onClose };
}

describe('RegionSheet', () => {
  it('walks 省份 → 城市 → 区县 and hands back the district with its codes', () => {
    const { onPick } = openSheet();
    expect(tab(0).textContent).toBe('省份');
    expect(tab(0).className).toContain('--on');
    expect(tab(1).getAttribute('aria-disabled')).toBe('true');
    expect(optionNames()).toHaveLength(34);

    fireEvent.click(option('浙江省'));
    expect(tab(0).textContent).toBe('浙江省');
    expect(tab(1).className).toContain('--on');
    expect(optionNames()).toContain('杭州市');
    expect(optionNames()).not.toContain('广州市');

    fireEvent.click(option('杭州市'));
    expect(tab(1).textContent).toBe('杭州市');
    expect(tab(2).textContent).toBe('区县');
    expect(optionNames()).toContain('西湖区');
    expect(optionNames()).not.toContain('静安区');
    expect(onPick).not.toHaveBeenCalled();

    fireEvent.click(option('西湖区'));
    expect(onPick).toHaveBeenCalledWith({ province: { code: '330000', name: '浙江省' }, city: { code: '330100', name: '杭州市' }, district: { code: '330106', name: '西湖区' } });
  });

  it('goes back to an earlier step from its tab; another province starts the cities over', () => {
    const { onPick } = openSheet();
    fireEvent.click(option('浙江省'));
    fireEvent.click(option('杭州市'));

    fireEvent.click(tab(0));
    expect(tab(0).className).toContain('--on');
    expect(chosenOption()).toEqual(['浙江省']);
    // Back to the same province: the city stays chosen.
    fireEvent.click(option('浙江省'));
    expect(chosenOption()).toEqual(['杭州市']);

    fireEvent.click(tab(0));
    fireEvent.click(option('江苏省'));
    expect(tab(1).textContent).toBe('城市');
    expect(tab(2).getAttribute('aria-disabled')).toBe('true');
    expect(optionNames()).toContain('南京市');
    fireEvent.click(option('南京市'));
    fireEvent.click(option('鼓楼区'));
    expect(onPick).toHaveBeenCalledWith(expect.objectContaining({ province: { code: '320000', name: '江苏省' }, city: { code: '320100', name: '南京市' }, district: { code: '320106', name: '鼓楼区' } }));
  });

  it('ignores a tap on a step not reached yet', () => {
    openSheet();
    fireEvent.click(tab(2));
    expect(tab(0).className).toContain('--on');
    expect(optionNames()).toContain('北京市');
  });

  it('opens an existing address on its district, with each step filled', () => {
    const { onPick } = openSheet(regionTrailByNames('上海市', '上海市', '静安区'));
    expect([tab(0), tab(1), tab(2)].map((t) => t.textContent)).toEqual(['上海市', '上海市', '静安区']);
    expect(tab(2).className).toContain('--on');
    expect(chosenOption()).toEqual(['静安区']);
    fireEvent.click(option('徐汇区'));
    expect(onPick).toHaveBeenCalledWith(expect.objectContaining({ district: { code: '310104', name: '徐汇区' } }));
  });

  it('opens a partly known region on the first step still to choose', () => {
    openSheet(regionTrailByNames('浙江省', '杭州市', '火星区'));
    expect(tab(2).className).toContain('--on');
    expect(tab(2).textContent).toBe('区县');
    expect(chosenOption()).toEqual([]);
    expect(optionNames()).toContain('西湖区');
  });

  it('closes without a choice from the mask or the close button', () => {
    const { onPick, onClose } = openSheet();
    fireEvent.click(screen.getByTestId('region-close'));
    expect(onClose).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByTestId('region-sheet').firstElementChild!);
    expect(onClose).toHaveBeenCalledTimes(2);
    expect(onPick).not.toHaveBeenCalled();
  });
});
