#!/usr/bin/env node
// Draws the tab bar icons (81×81 PNG, WeChat's recommended size; tab bars take no SVG) from a
// few filled shapes, in grey and in the brand red for the selected tab. Run it after changing a
// shape: node scripts/make-tab-icons.mjs  (writes src/assets/tab/*.png).
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const SIZE = 81;
const SAMPLES = 4;
const COLORS = { normal: [0x8a, 0x8a, 0x8a], selected: [0xe4, 0x39, 0x3c] };

const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const rect = (x0, y0, w, h) => (x, y) => x >= x0 && x <= x0 + w && y >= y0 && y <= y0 + h;
const roundRect = (x0, y0, w, h, r) => (x, y) => {
  if (!rect(x0, y0, w, h)(x, y)) return false;
  const cx = Math.min(Math.max(x, x0 + r), x0 + w - r);
  const cy = Math.min(Math.max(y, y0 + r), y0 + h - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const polygon = (points) => (x, y) => {
  let inside = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [xi, yi] = points[i];
    const [xj, yj] = points[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
};

/** Each icon: shapes that paint, and holes cut out of them. */
const ICONS = {
  home: { paint: [polygon([[40.5, 10], [72, 38], [63, 38], [63, 70], [18, 70], [18, 38], [9, 38]])], holes: [roundRect(34, 48, 13, 22, 3)] },
  category: { paint: [roundRect(12, 12, 25, 25, 6), roundRect(44, 12, 25, 25, 6), roundRect(12, 44, 25, 25, 6), circle(56.5, 56.5, 13)], holes: [] },
  cart: {
    paint: [polygon([[8, 14], [20, 14], [24, 24], [74, 24], [66, 52], [28, 52], [17, 20], [8, 20]]), circle(31, 63, 6), circle(61, 63, 6)],
    holes: [],
  },
  me: { paint: [circle(40.5, 27, 15), polygon([[12, 72], [16, 56], [28, 47], [53, 47], [65, 56], [69, 72]])], holes: [] },
};

function coverage(icon, px, py) {
  let hits = 0;
  for (let sy = 0; sy < SAMPLES; sy++) {
    for (let sx = 0; sx < SAMPLES; sx++) {
      const x = px + (sx + 0.5) / SAMPLES;
      const y = py + (sy + 0.5) / SAMPLES;
      if (icon.paint.some((s) => s(x, y)) && !icon.holes.some((s) => s(x, y))) hits++;
    }
  }
  return hits / (SAMPLES * SAMPLES);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
function png(icon, [r, g, b]) {
  const rows = [];
  for (let y = 0; y < SIZE; y++) {
    const row = Buffer.alloc(1 + SIZE * 4);
    for (let x = 0; x < SIZE; x++) row.set([r, g, b, Math.round(coverage(icon, x, y) * 255)], 1 + x * 4);
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

const out = fileURLToPath(new URL('../src/assets/tab/', import.meta.url));
mkdirSync(out, { recursive: true });
for (const [name, icon] of Object.entries(ICONS)) {
  writeFileSync(`${out}${name}.png`, png(icon, COLORS.normal));
  writeFileSync(`${out}${name}-active.png`, png(icon, COLORS.selected));
}
console.log(`tab icons written to ${out}`);
