import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { emojiIn } from '../../test/emoji';
import { ICON_NAMES, Icon, iconDataUri, iconSvg, isIconName } from './Icon';

const PREFIX = 'data:image/svg+xml;base64,';
const decode = (src: string) => Buffer.from(src.slice(PREFIX.length), 'base64').toString('utf8');

describe('Icon', () => {
  it('renders an image whose source is an inline SVG data URI in the given colour', () => {
    render(<Icon name='cart' color='#e4393c' testId='icon' />);
    const img = screen.getByTestId('icon') as HTMLImageElement;
    expect(img.tagName).toBe('IMG');
    const src = img.getAttribute('src')!;
    expect(src.startsWith(PREFIX)).toBe(true);
    const svg = decode(src);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" [^>]*viewBox="0 0 24 24"/);
    expect(svg).toContain('stroke="#e4393c"');
    expect(svg).toContain('fill="none"');
    expect(svg.endsWith('</svg>')).toBe(true);
    expect(img.textContent).toBe('');
  });

  it('is sized by a prop: design px through pxTransform, or a CSS length as given', () => {
    render(
      <>
        <Icon name='search' size={48} testId='design' />
        <Icon name='search' size='24px' testId='css' />
      </>,
    );
    expect((screen.getByTestId('design') as HTMLImageElement).style.width).toBe('24px');
    expect((screen.getByTestId('design') as HTMLImageElement).style.height).toBe('24px');
    expect((screen.getByTestId('css') as HTMLImageElement).style.width).toBe('24px');
  });

  it('is a labelled image when it carries meaning, and hidden from screen readers when it is decoration', () => {
    render(
      <>
        <Icon name='close' label='关闭' testId='meaning' />
        <Icon name='phone' testId='decoration' />
      </>,
    );
    expect(screen.getByRole('img', { name: '关闭' })).toBe(screen.getByTestId('meaning'));
    expect(screen.getByTestId('meaning').getAttribute('aria-hidden')).toBeNull();
    expect(screen.getByTestId('decoration').getAttribute('aria-hidden')).toBe('true');
    expect(screen.getByTestId('decoration').getAttribute('role')).toBeNull();
  });

  it('every icon is well-formed ASCII SVG without emoji, and colours cannot break out of the attribute', () => {
    expect(ICON_NAMES.length).toBeGreaterThan(20);
    for (const name of ICON_NAMES) {
      const svg = iconSvg(name, '#333');
      expect(svg, name).toMatch(/^[\x20-\x7e]+$/);
      expect(emojiIn(svg), name).toEqual([]);
      expect(svg.match(/<svg/g)?.length, name).toBe(1);
      expect(decode(iconDataUri(name, '#333')), name).toBe(svg);
    }
    expect(iconSvg('check', '#fff" onload="x')).toContain('stroke="#fff onloadx"');
    expect(isIconName('cart')).toBe(true);
    expect(isIconName('🛒')).toBe(false);
    expect(isIconName('toString')).toBe(false);
  });
});
