/**
 * Generates the demo shop's placeholder artwork under server/public/images:
 * one SVG per product image path referenced in demo-data.ts and one icon per
 * category. Output is deterministic, so re-running only rewrites identical files.
 *
 *   npx tsx server/src/db/seed/generate-images.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { demoShop } from './demo-data.js';

const publicDir = fileURLToPath(new URL('../../../public', import.meta.url));

const FONT_FAMILY = "'PingFang SC','Noto Sans CJK SC',sans-serif";

/** Base hue (degrees) per category code; products vary around it. */
const CATEGORY_HUES: Record<string, number> = {
  apparel: 16,
  shoes: 205,
  bags: 34,
  home: 140,
  care: 335,
  digital: 250,
  outdoor: 95,
};

/**
 * Category glyphs drawn in white on a 120x120 box centred at the origin.
 * Each entry is SVG markup; `fill="#fff"` is inherited from the enclosing group.
 */
const GLYPHS: Record<string, string> = {
  // T-shirt
  apparel: '<path d="M-22-50L-56-32L-43-6L-30-13V50H30V-13L43-6L56-32L22-50Q0-34-22-50Z"/>',
  // Low-top sneaker with sole
  shoes:
    '<path d="M-58 18V-6Q-56-16-44-16H-30L-22-32Q-8-28 2-16L18-6Q42 2 54 8Q60 12 58 18Z"/>' +
    '<rect x="-60" y="20" width="120" height="12" rx="6"/>',
  // Tote bag with handle
  bags:
    '<path d="M-45-20H45L52 50H-52Z"/>' +
    '<path d="M-20-20V-36Q-20-52 0-52Q20-52 20-36V-20" fill="none" stroke="#fff" stroke-width="7"/>',
  // Table lamp
  home:
    '<path d="M-30-52H30L48-6H-48Z"/><rect x="-4" y="-6" width="8" height="44"/>' +
    '<path d="M-30 38H30Q30 50 20 50H-20Q-30 50-30 38Z"/>',
  // Pump bottle with label
  care:
    '<rect x="-4" y="-60" width="26" height="7" rx="3"/><rect x="-10" y="-53" width="20" height="16"/>' +
    '<rect x="-34" y="-37" width="68" height="89" rx="10"/>' +
    '<rect x="-22" y="-6" width="44" height="30" rx="4" fill-opacity=".35" fill="#000"/>',
  // Over-ear headphones
  digital:
    '<path d="M-44 12V0A44 44 0 0 1 44 0V12" fill="none" stroke="#fff" stroke-width="8"/>' +
    '<rect x="-56" y="2" width="24" height="44" rx="9"/><rect x="32" y="2" width="24" height="44" rx="9"/>',
  // Mountains and sun
  outdoor: '<path d="M-58 46L-14-38L4-8L22-32L58 46Z"/><circle cx="30" cy="-46" r="11"/>',
};

/** Converts HSL (h in degrees, s and l in 0..100) to a #rrggbb string. */
function hslToHex(h: number, s: number, l: number): string {
  const hue = ((h % 360) + 360) % 360;
  const sat = s / 100;
  const light = l / 100;
  const a = sat * Math.min(light, 1 - light);
  const channel = (n: number): string => {
    const k = (n + hue / 30) % 12;
    const value = light - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(value * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(0)}${channel(8)}${channel(4)}`;
}

/** Small stable string hash, used to give each product its own hue offset. */
function hash(text: string): number {
  let h = 0;
  for (const ch of text) h = (h * 31 + ch.codePointAt(0)!) >>> 0;
  return h;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Gradient end points for variant 1, 2, 3 (diagonal, vertical, opposite diagonal). */
const GRADIENT_DIRECTIONS = [
  'x1="0" y1="0" x2="1" y2="1"',
  'x1="0" y1="0" x2="0" y2="1"',
  'x1="1" y1="0" x2="0" y2="1"',
];

function gradient(id: string, hue: number, variant: number): string {
  const direction = GRADIENT_DIRECTIONS[(variant - 1) % GRADIENT_DIRECTIONS.length];
  return (
    `<defs><linearGradient id="${id}" ${direction}>` +
    `<stop offset="0" stop-color="${hslToHex(hue, 60, 86)}"/>` +
    `<stop offset="1" stop-color="${hslToHex(hue + 22, 52, 64)}"/>` +
    `</linearGradient></defs>`
  );
}

function productSvg(categoryCode: string, slug: string, title: string, variant: number): string {
  const baseHue = CATEGORY_HUES[categoryCode] ?? 200;
  const hue = baseHue + (hash(slug) % 30) - 15 + (variant - 1) * 24;
  const rotation = [0, -8, 8][(variant - 1) % 3];
  const glyph = GLYPHS[categoryCode] ?? '<circle r="50"/>';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400" viewBox="0 0 400 400">` +
    gradient('bg', hue, variant) +
    `<rect width="400" height="400" fill="url(#bg)"/>` +
    `<circle cx="200" cy="170" r="100" fill="#fff" fill-opacity=".22"/>` +
    `<g transform="translate(200 170) rotate(${rotation}) scale(1.25)" fill="#fff" fill-opacity=".92">${glyph}</g>` +
    `<text x="200" y="322" text-anchor="middle" font-family="${FONT_FAMILY}" font-size="28" font-weight="600" ` +
    `fill="${hslToHex(hue, 40, 20)}">${escapeXml(title)}</text>` +
    `<text x="200" y="356" text-anchor="middle" font-family="${FONT_FAMILY}" font-size="14" letter-spacing="4" ` +
    `fill="${hslToHex(hue, 30, 28)}" fill-opacity=".7">栖行 QIXING</text>` +
    `</svg>\n`
  );
}

function categoryIconSvg(categoryCode: string): string {
  const hue = CATEGORY_HUES[categoryCode] ?? 200;
  const glyph = GLYPHS[categoryCode] ?? '<circle r="50"/>';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="96" height="96" viewBox="0 0 96 96">` +
    gradient('bg', hue, 1) +
    `<rect width="96" height="96" rx="24" fill="url(#bg)"/>` +
    `<g transform="translate(48 48) scale(.5)" fill="#fff">${glyph}</g>` +
    `</svg>\n`
  );
}

/** Writes `svg` to the public file addressed by a web path such as /images/x.svg. */
function writePublic(webPath: string, svg: string): void {
  const file = join(publicDir, webPath);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, svg);
}

let written = 0;
for (const category of demoShop.categories) {
  writePublic(category.icon, categoryIconSvg(category.code));
  written++;
  for (const product of category.products) {
    product.images.forEach((webPath, index) => {
      writePublic(webPath, productSvg(category.code, product.slug, product.title, index + 1));
      written++;
    });
  }
}
console.log(`wrote ${written} SVG files under ${publicDir}`);
