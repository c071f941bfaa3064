import qrcode from 'qrcode-generator';
import { base64Ascii } from '../lib/base64';

export { base64Ascii };

/**
 * QR codes drawn without canvas or native code: qrcode-generator computes the modules, we turn
 * them into one SVG path and hand it to <Image> as a base64 data URI, which both the
 * mini-program's image component and browsers display.
 */

/** Dark (true) and light modules, row by row, without the quiet zone. */
export function qrModules(text: string): boolean[][] {
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const count = qr.getModuleCount();
  return Array.from({ length: count }, (_, row) => Array.from({ length: count }, (_, col) => qr.isDark(row, col)));
}

/** An SVG of the code with a quiet zone of `margin` modules; runs of dark modules are merged. */
export function qrSvg(text: string, margin = 2): string {
  const modules = qrModules(text);
  const size = modules.length + margin * 2;
  let path = '';
  modules.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x += 1;
      path += `M${start + margin} ${y + margin}h${x - start}v1h-${x - start}z`;
    }
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges"><rect width="${size}" height="${size}" fill="#fff"/><path d="${path}" fill="#000"/></svg>`;
}

/** `data:image/svg+xml;base64,...` of the QR code for `text`. */
export function qrDataUri(text: string): string {
  return `data:image/svg+xml;base64,${base64Ascii(qrSvg(text))}`;
}
