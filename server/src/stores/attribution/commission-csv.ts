import { formatFen, type CommissionReportView, type Fen } from '@shop/shared';

/** Excel reads a CSV as the system code page (GBK on Chinese Windows) unless it starts with a BOM. */
const UTF8_BOM = '\uFEFF';
const HEADER = ['账号', '姓名', '门店', '订单数', '实付金额(元)', '退款金额(元)', '净额(元)', '提成(元)'];

/** The commission report as a CSV spreadsheet: one row per staff member, amounts in yuan. */
export function commissionCsv(report: CommissionReportView): string {
  const rows = report.rows.map((r) => [textCell(r.username), textCell(r.displayName), textCell(r.storeName), String(r.orders), yuan(r.paid), yuan(r.refunded), yuan(r.net), yuan(r.commission)]);
  // CRLF line ends, as RFC 4180 and Excel expect.
  return UTF8_BOM + [HEADER, ...rows].map((cells) => cells.join(',')).join('\r\n') + '\r\n';
}

/** `commission-2026-11.csv`, or `commission-2026-11-store-3.csv` for one store. */
export function commissionCsvFilename(report: CommissionReportView): string {
  return `commission-${report.month}${report.store ? `-store-${report.store.id}` : ''}.csv`;
}

/**
 * Yuan with two decimals as a spreadsheet number ("1234.50"): the shared formatter's digits
 * without its currency sign and thousands separators, so Excel can sum the column.
 */
function yuan(fen: Fen): string {
  return formatFen(fen).replace(/[¥,]/g, '');
}

/**
 * A text cell: quoted when it holds a separator, quote or line break; and a leading = + - @
 * (which Excel would run as a formula: CSV injection through a name) is defused with a quote.
 */
function textCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
