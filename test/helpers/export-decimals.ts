import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';

/**
 * What the app's exports state about their columns' decimals, the oracle the scanner holds files
 * to. A header naming a currency ("Spend (GBP)", "消费金额（JPY）") states that currency's decimals, one
 * naming % states one decimal; the app's counts, days and scores are whole, its averages and
 * medians of days and counts have one decimal (below, in both languages). Any other column (the
 * user's own data) is held to what a number read from a file can be: at most 15 significant digits,
 * so float noise like 96.00000000000001 is caught wherever it appears.
 */
const WHOLE = [
  'Customers',
  'Orders',
  'Days since last purchase',
  'Purchases',
  'Order lines',
  'Days as a customer',
  'Age',
  'R score',
  'F score',
  'M score',
  'Repeat purchases',
  'Purchases in the holdout period',
  '客户数',
  '订单数',
  '最近购买天数',
  '购买次数',
  '明细行数',
  '成为客户天数',
  '客户时长',
  '年龄',
  'R 评分',
  'F 评分',
  'M 评分',
  '重复购买次数',
  '验证期内购买次数',
];
const ONE_DECIMAL = [
  'Days between orders',
  'Median days since last purchase',
  'Median purchases',
  '购买间隔天数',
  '最近购买天数中位数',
  '购买次数中位数',
];
const ONE_DECIMAL_PATTERNS = [/^Expected purchases \(next (\d+ months|month)\)$/, /^预计购买次数（未来 \d+ 个月）$/];

/** The decimals a currency is written with (ISO 4217 as Intl knows it); null for a code that is not a currency. */
function currencyDecimals(code: string): number | null {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions().maximumFractionDigits!;
  } catch {
    return null;
  }
}

/** The decimals a CSV header states for its column's numbers; null: none stated (held to 15 significant digits). */
export function headerDecimals(header: string): number | null {
  const unit = /[(（]\s*([A-Z]{3}|%)\s*[)）]\s*$/.exec(header)?.[1];
  if (unit === '%') return 1;
  if (unit) {
    const decimals = currencyDecimals(unit);
    if (decimals !== null) return decimals;
  }
  if (WHOLE.includes(header)) return 0;
  if (ONE_DECIMAL.includes(header) || ONE_DECIMAL_PATTERNS.some((p) => p.test(header))) return 1;
  return null;
}

/** The decimals an Excel number format shows (its first section; % adds two); null for General or none. */
export function formatDecimals(numFmt: string | undefined): number | null {
  if (!numFmt || numFmt === 'General') return null;
  const section = numFmt
    .split(';')[0]
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '');
  const fraction = /\.([0#?]+)/.exec(section)?.[1].length ?? 0;
  return fraction + 2 * (section.split('%').length - 1);
}

/** Digits after the point of a number's text (0 for a whole number). */
const decimalsOf = (text: string) => text.split('.')[1]?.length ?? 0;
/** Significant digits of a plain number's text. */
const significantOf = (text: string) => text.replace(/^[+-]/, '').replace('.', '').replace(/^0+/, '').length;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Whether a number's text says more than its column states: the reason, or null when it is fine. */
function overStated(text: string, decimals: number | null): string | null {
  if (/[eE]/.test(text)) return `${text} is written with an exponent`;
  if (decimals === null)
    return significantOf(text) > 15 ? `${text} has ${significantOf(text)} significant digits (float noise)` : null;
  return decimalsOf(text) > decimals ? `${text} has ${decimalsOf(text)} decimals; the column states ${decimals}` : null;
}

/** A CSV file's text: UTF-8 (with or without BOM), else GB18030 (a superset of GBK). */
function csvTextOf(bytes: Buffer): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString('utf8');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return iconv.decode(bytes, 'gb18030');
  }
}

/** RFC 4180 rows (quotes doubled inside quoted cells) with the delimiter the first line uses most. */
export function csvRows(text: string): string[][] {
  const first = text.split(/\r?\n/, 1)[0];
  const delimiter = [',', ';', '\t'].sort((a, b) => first.split(b).length - first.split(a).length)[0];
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') cell += text[i++];
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length) rows.push([...row, cell]);
  return rows;
}

/** Excel's letters for a 1-based column. */
const columnLetters = (c: number): string =>
  (c > 26 ? columnLetters(Math.floor((c - 1) / 26)) : '') + String.fromCharCode(65 + ((c - 1) % 26));

function csvProblems(file: string): string[] {
  const [header = [], ...rows] = csvRows(csvTextOf(readFileSync(file)));
  const stated = header.map(headerDecimals);
  const problems: string[] = [];
  rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!NUMBER.test(cell)) return;
      const why = overStated(cell, stated[c] ?? null);
      if (why) problems.push(`${basename(file)}: column "${header[c]}", cell ${columnLetters(c + 1)}${r + 2}: ${why}`);
    }),
  );
  return problems;
}

async function xlsxProblems(file: string): Promise<string[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const problems: string[] = [];
  for (const sheet of book.worksheets) {
    const header = sheet.getRow(1);
    sheet.eachRow((row, r) => {
      if (r === 1) return;
      row.eachCell((cell, c) => {
        if (cell.type !== ExcelJS.ValueType.Number) return;
        // The shortest text that reads back as the stored number: what the file holds. A General cell
        // is held to its header's statement, as in a CSV.
        const stated = formatDecimals(cell.numFmt) ?? headerDecimals(header.getCell(c).text);
        const why = overStated(String(cell.value as number), stated);
        if (why)
          problems.push(
            `${basename(file)}: sheet "${sheet.name}", column "${header.getCell(c).text}" (format ${cell.numFmt ?? 'General'}), cell ${cell.address}: ${why}`,
          );
      });
    });
  }
  return problems;
}

/**
 * Every number cell of an exported CSV or XLSX that holds more decimals than its column states
 * (CSV: its header's unit or the app's column; XLSX: its number format), each named by file,
 * sheet, column and cell. Other files: none.
 */
export async function exportDecimalProblems(file: string): Promise<string[]> {
  const ext = extname(file).toLowerCase();
  if (ext === '.csv' || ext === '.tsv' || ext === '.txt') return csvProblems(file);
  if (ext === '.xlsx') return xlsxProblems(file);
  return [];
}
