import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { base64Ascii, qrDataUri, qrModules, qrSvg } from './qr-svg';

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJwdXJwb3NlIjoibWVtYmVyX2NvZGUiLCJzdWIiOiJtZW1iZXI6NDIiLCJleHAiOjE3NjM5MDAwNjB9.c2lnbmF0dXJlLXNpZ25hdHVyZS1zaWduYXR1cmU';

/** Paints the modules black on white, `scale` pixels each, with a 4-module quiet zone, as RGBA. */
function rasterize(modules: boolean[][], scale = 4) {
  const size = (modules.length + 8) * scale;
  const pixels = new Uint8ClampedArray(size * size * 4).fill(255);
  modules.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (!dark) return;
      for (let dy = 0; dy < scale; dy += 1)
        for (let dx = 0; dx < scale; dx += 1) {
          const offset = (((y + 4) * scale + dy) * size + (x + 4) * scale + dx) * 4;
          pixels.fill(0, offset, offset + 3);
        }
    }),
  );
  return { pixels, size };
}

describe('QR code drawing', () => {
  it('encodes the text so that a QR reader gets it back', () => {
    const { pixels, size } = rasterize(qrModules(TOKEN));
    expect(jsQR(pixels, size, size)?.data).toBe(TOKEN);
  });

  it('draws every dark module, and only those, into the SVG path', () => {
    const modules = qrModules('hello');
    const svg = qrSvg('hello', 2);
    const size = modules.length + 4;
    expect(svg).toContain(`viewBox="0 0 ${size} ${size}"`);
    const drawn = [...svg.matchAll(/M(\d+) (\d+)h(\d+)/g)].reduce((sum, m) => sum + Number(m[3]), 0);
    expect(drawn).toBe(modules.flat().filter(Boolean).length);
  });

  it('base64-encodes like the platform does, padding included', () => {
    for (const text of ['', 'a', 'ab', 'abc', '<svg viewBox="0 0 1 1"/>']) expect(base64Ascii(text)).toBe(Buffer.from(text).toString('base64'));
  });

  it('makes a data URI that holds the SVG', () => {
    const uri = qrDataUri('hello');
    expect(uri.startsWith('data:image/svg+xml;base64,')).toBe(true);
    expect(Buffer.from(uri.split(',')[1]!, 'base64').toString()).toBe(qrSvg('hello'));
  });
});
