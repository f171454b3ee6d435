#!/usr/bin/env node
// Writes the malformed-input corpus to test/fixtures/bad: files a user could really drop on the
// app (cut short, mis-encoded, mislabelled, hostile), each with the outcome it must end in — a
// specific error code, or an import with the named quality issues counted. The outcomes are
// what the file deserves, written here by hand; test/unit/main/engine/bad-inputs.test.ts holds
// the reader to them. Deterministic: running it again writes the same bytes.
//
//   node scripts/make-bad-inputs.mjs [outDir]
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import {
  DateDay,
  Decimal,
  makeData,
  makeVector,
  Table,
  tableToIPC,
  tableFromArrays,
  Utf8,
  vectorFromArray,
} from 'apache-arrow';
import { zipSync, strToU8 } from 'fflate';
import { parquetWriteBuffer } from 'hyparquet-writer';
import iconv from 'iconv-lite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = resolve(process.argv[2] ?? join(root, 'test', 'fixtures', 'bad'));

/** name → { bytes, expect }; expect is { code } or { rows, issues: { code: count } } (issues: counted quality issues). */
const corpus = new Map();
const add = (name, bytes, expect, why) => {
  if (corpus.has(name)) throw new Error(`duplicate ${name}`);
  corpus.set(name, { bytes: typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : Buffer.from(bytes), expect, why });
};
const cat = (...parts) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));
const BOM = [0xef, 0xbb, 0xbf];
const orders =
  'order_id,customer_id,order_date,amount\nO1,C1,2025-01-03,10.5\nO2,C2,2025-01-04,20\nO3,C1,2025-02-01,7.25\n';
const ok = (rows, issues = {}, read = {}) => ({ rows, issues, ...read });
const fail = (code) => ({ code });

// A fixed time for every zip entry: the corpus must not depend on when it was made.
const MTIME = new Date(Date.UTC(2026, 0, 1));
const zip = (files, level = 6) =>
  Buffer.from(
    zipSync(
      Object.fromEntries(
        Object.entries(files).map(([n, d]) => [n, [typeof d === 'string' ? strToU8(d) : d, { level, mtime: MTIME }]]),
      ),
    ),
  );

/**
 * Sets the uncompressed size an archive declares for `entry` to `size` (in the local header
 * and the central directory, or in the directory only): a bomb, or a table, that lies about
 * what it holds.
 */
function declareSize(archive, entry, size, { local = true } = {}) {
  const bytes = Buffer.from(archive);
  const name = Buffer.from(entry);
  for (let i = 0; i + 46 < bytes.length; i++) {
    const sig = bytes.readUInt32LE(i);
    if (local && sig === 0x04034b50 && bytes.subarray(i + 30, i + 30 + bytes.readUInt16LE(i + 26)).equals(name))
      bytes.writeUInt32LE(size, i + 22);
    if (sig === 0x02014b50 && bytes.subarray(i + 46, i + 46 + bytes.readUInt16LE(i + 28)).equals(name))
      bytes.writeUInt32LE(size, i + 24);
  }
  return bytes;
}

/** `rows` valid order rows that compress well (20 customers, each on their own day, repeating). */
const orderRows = (rows) =>
  `customer_id,order_date,amount\n${Array.from(
    { length: rows },
    (_, i) => `C${i % 20},2025-01-${String((i % 20) + 1).padStart(2, '0')},${(i % 20) + 0.5}`,
  ).join('\n')}\n`;

/**
 * An overlapping-entries bomb: `copies` central-directory entries all pointing at the one
 * stored file, so what it declares is `copies` times what it holds.
 */
function overlappingBomb(content, copies) {
  const single = zip({ 'a.csv': content }, 9);
  const cdAt = single.readUInt32LE(single.length - 6);
  const cdEntry = single.subarray(cdAt, single.length - 22);
  const entries = [];
  for (let k = 0; k < copies; k++) {
    const e = Buffer.from(cdEntry);
    const name = Buffer.from(`part${String(k).padStart(4, '0')}.csv`);
    const head = Buffer.from(e.subarray(0, 46));
    head.writeUInt16LE(name.length, 28);
    entries.push(head, name);
  }
  const cd = Buffer.concat(entries);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(copies, 8);
  end.writeUInt16LE(copies, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(cdAt, 16);
  return Buffer.concat([single.subarray(0, cdAt), cd, end]);
}

/**
 * The smallest real XLSX: one sheet of inline strings and numbers. A number given as `{ n: text }`
 * is written as that text (`1.2345678901234567E+19`); `dimension` is the range the sheet declares.
 */
function xlsx(rows, { sheetXml, extra = {}, omit = [], dimension } = {}) {
  const cell = (v, r, c) => {
    const ref = String.fromCharCode(65 + c) + (r + 1);
    if (typeof v === 'object') return `<c r="${ref}"><v>${v.n}</v></c>`;
    return typeof v === 'number'
      ? `<c r="${ref}"><v>${v}</v></c>`
      : `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;
  };
  const declared = dimension ? `<dimension ref="${dimension}"/>` : '';
  const sheet =
    sheetXml ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${declared}<sheetData>${rows
      .map((row, r) => `<row r="${r + 1}">${row.map((v, c) => cell(v, r, c)).join('')}</row>`)
      .join('')}</sheetData></worksheet>`;
  const files = {
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    'xl/workbook.xml':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Orders" sheetId="1" r:id="rId1"/></sheets></workbook>',
    'xl/_rels/workbook.xml.rels':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    'xl/worksheets/sheet1.xml': sheet,
    ...extra,
  };
  for (const name of omit) delete files[name];
  return zip(files);
}
const xlsxRows = [
  ['order_id', 'customer_id', 'order_date', 'amount'],
  ['O1', 'C1', '2025-01-03', 10.5],
  ['O2', 'C2', '2025-01-04', 20],
];

const parquet = () =>
  Buffer.from(
    parquetWriteBuffer({
      columnData: [
        { name: 'customer_id', data: ['C1', 'C2', 'C3', 'C1'], type: 'STRING' },
        { name: 'amount', data: [10.5, 20, 7.25, 3], type: 'DOUBLE' },
      ],
    }),
  );
const arrowFile = () =>
  Buffer.from(
    tableToIPC(tableFromArrays({ customer_id: ['C1', 'C2', 'C3'], amount: Float64Array.from([1, 2, 3]) }), 'file'),
  );

// ---- CSV: quoting and shape -------------------------------------------------------------
add(
  'quote-never-closed.csv',
  'order_id,customer_id,amount\nO1,"C1,10\nO2,C2,20\n',
  fail('E_BAD_CSV'),
  'a quoted cell runs to the end of the file',
);
add('quote-closed-at-eof-missing.csv', 'a,b\n1,"x', fail('E_BAD_CSV'), 'the file stops inside a quoted cell');
add(
  'quote-inside-unquoted.csv',
  'customer_id,note\nC1,say "hi"\nC2,ok\n',
  ok(2),
  'a quote in the middle of an unquoted cell is kept as text',
);
add(
  'quote-text-after-closing.csv',
  'customer_id,note\nC1,"quoted"tail\nC2,ok\n',
  ok(2),
  'text after a closing quote is kept, as Excel keeps it',
);
add(
  'ragged-short-rows.csv',
  'customer_id,amount,channel\nC1,10,web\nC2,20\nC3\nC4,40,store\n',
  ok(4, { short_row: 2 }),
  'rows with fewer fields',
);
add(
  'ragged-long-rows.csv',
  'customer_id,amount\nC1,10\nC2,20,extra,more\nC3,30\n',
  ok(3, { long_row: 1 }),
  'a row with more fields',
);
add(
  'only-quotes.csv',
  '""""""\n""""\n',
  fail('E_MISSING_ROLE'),
  'cells made of escaped quotes: no column to call a customer',
);
add('trailing-delimiters.csv', 'customer_id,amount,,\nC1,10,,\nC2,20,,\n', ok(2), 'empty trailing columns');
add(
  'duplicate-headers.csv',
  'customer_id,amount,amount,Amount\nC1,1,2,3\nC2,4,5,6\n',
  ok(2),
  'repeated column names are made unique',
);
add(
  'empty-header-names.csv',
  ',,amount\nC1,x,1\nC2,y,2\n',
  fail('E_MISSING_ROLE'),
  'unnamed columns get names, but none says customer',
);
add(
  'empty-header-name-customer.csv',
  ',customer_id,,amount\nx,C1,,1\ny,C2,z,2\n',
  ok(2),
  'unnamed columns between named ones',
);
add('cr-only-newlines.csv', 'customer_id,amount\rC1,10\rC2,20\r', ok(2), 'old Mac line ends');
add(
  'mixed-newlines.csv',
  'customer_id,amount\r\nC1,10\nC2,20\rC3,30\r\n',
  ok(3),
  'three kinds of line end in one file',
);
add(
  'newlines-inside-cells.csv',
  'customer_id,note\nC1,"line one\nline two"\nC2,"a\r\nb"\n',
  ok(2),
  'line breaks inside quoted cells',
);
add(
  'unicode-line-separators.csv',
  'customer_id,note\nC1,a\u2028b\nC2,c\u2029d\n',
  ok(2),
  'U+2028/2029 inside cells are not row breaks',
);
add('single-column.csv', 'customer_id\nC1\nC2\nC3\n', ok(3), 'one column, no delimiter anywhere');
add('semicolon-decimal-comma.csv', 'customer_id;amount\nC1;10,5\nC2;1.234,50\n', ok(2), 'European number format');

// ---- CSV: empty and near-empty ----------------------------------------------------------
add('empty.csv', '', fail('E_EMPTY_FILE'), 'zero bytes');
add('only-bom.csv', BOM, fail('E_EMPTY_FILE'), 'a UTF-8 BOM and nothing else');
add('only-newlines.csv', '\n\n\r\n\n', fail('E_EMPTY_FILE'), 'blank lines only');
add('only-spaces.csv', '   \n \t \n', fail('E_EMPTY_FILE'), 'white space only');
add('header-only.csv', 'order_id,customer_id,order_date,amount\n', fail('E_EMPTY_FILE'), 'a header without rows');

// ---- CSV: bytes and encodings -----------------------------------------------------------
add(
  'nul-bytes-in-cells.csv',
  cat('customer_id,amount\nC1', [0], ',10\nC2,20\n'),
  fail('E_NOT_TABULAR'),
  'a NUL byte: binary, not text',
);
add('all-nul.csv', new Uint8Array(4096), fail('E_NOT_TABULAR'), 'a file of zeros');
add(
  'png-named-csv.csv',
  cat([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], 'IHDR', new Uint8Array(64)),
  fail('E_NOT_TABULAR'),
  'a PNG image named .csv',
);
add(
  'invalid-utf8.csv',
  cat('customer_id,name\nC1,', [0xc3, 0x28], '\nC2,', [0xe2, 0x82], '\nC3,ok\n'),
  ok(3, {}, { encoding: 'windows-1252' }),
  'invalid UTF-8 sequences: read as Windows-1252, every byte kept',
);
const zhOrders =
  '客户编号,金额,城市,备注\nC1,10,北京,老客户回购\nC2,20,上海,新客户首单\nC3,30,广州,会员日促销\nC4,40,深圳,退货后重新购买\n';
add('gbk.csv', iconv.encode(zhOrders, 'gbk'), ok(4, {}, { encoding: 'gb18030' }), 'GBK from Chinese Excel');
add(
  'mixed-utf8-and-gbk.csv',
  cat('customer_id,city\nC1,', Buffer.from('北京', 'utf8'), '\nC2,', iconv.encode('上海', 'gbk'), '\n'),
  ok(2, {}, { encoding: 'windows-1252' }),
  'one line UTF-8, the next GBK: neither decodes it all, so every byte is kept as Windows-1252 (the wizard lets the user pick)',
);
add(
  'utf8-bom-then-gbk.csv',
  cat(BOM, iconv.encode(zhOrders, 'gbk')),
  ok(4, {}, { encoding: 'gb18030' }),
  'a UTF-8 BOM before GBK bytes: the bytes win',
);
add(
  'utf16le-bom.csv',
  cat([0xff, 0xfe], Buffer.from('customer_id,amount\nC1,10\nC2,20\n', 'utf16le')),
  ok(2, {}, { encoding: 'utf-16le' }),
  'UTF-16 LE as Excel "Unicode text" writes it',
);
add(
  'utf16le-no-bom.csv',
  Buffer.from('customer_id,amount\nC1,10\nC2,20\n', 'utf16le'),
  fail('E_NOT_TABULAR'),
  'UTF-16 without a BOM: NUL bytes everywhere',
);
add(
  'bom-in-middle.csv',
  cat('customer_id,amount\nC1,10\n', BOM, 'C2,20\n'),
  ok(2),
  'a BOM where two files were pasted together',
);
add('double-bom.csv', cat(BOM, BOM, 'customer_id,amount\nC1,10\n'), ok(1), 'two BOMs at the start');
add(
  'control-characters.csv',
  'customer_id,note\nC1,\u001b[31mred\u001b[0m\nC2,\u0007bell\n',
  ok(2),
  'terminal escapes and a bell in cells',
);
add(
  'zero-width-header.csv',
  '\u200bcustomer_id,\u200bamount\u200d\nC1,10\n',
  ok(1),
  'zero-width characters around header names',
);
add(
  'formula-injection.csv',
  'customer_id,note\nC1,=HYPERLINK("http://x","y")\nC2,+cmd|/c calc\n',
  ok(2, { long_row: 1 }),
  'spreadsheet formulas stay text (a quote inside an unquoted cell is literal, so the comma splits)',
);

// ---- CSV: values ------------------------------------------------------------------------
add(
  'numbers-with-garbage.csv',
  'customer_id,amount\nC1,10\nC2,NaN\nC3,Infinity\nC4,1e999\nC5,-0\nC6,12abc\n',
  ok(6),
  'non-numbers in a number column keep it text or count them',
);
add(
  'impossible-dates.csv',
  'customer_id,order_date,amount\nC1,2025-02-30,1\nC2,0000-00-00,2\nC3,9999-99-99,3\nC4,2025-01-05,4\n',
  ok(4),
  'dates that do not exist',
);

// ---- CSV: size ----------------------------------------------------------------------------
{
  const n = 100_000;
  const header = Array.from({ length: n }, (_, i) => `c${i}`).join(',');
  const row = Array.from({ length: n }, (_, i) => String(i % 10)).join(',');
  add(
    'header-100k-columns.csv',
    `${header}\n${row}\n${row}\n`,
    fail('E_TOO_MANY_COLUMNS'),
    '10^5 columns (Excel stops at 16,384)',
  );
  const wide = Array.from({ length: 16_384 }, (_, i) => (i === 0 ? 'customer_id' : `c${i}`)).join(',');
  const wideRow = (id) => Array.from({ length: 16_384 }, (_, i) => (i === 0 ? id : String(i % 7))).join(',');
  add('header-16384-columns.csv', `${wide}\n${wideRow('C1')}\n${wideRow('C2')}\n`, ok(2), 'as wide as Excel goes');
}
add(
  'cell-100k-characters.csv',
  `customer_id,note\nC1,${'x'.repeat(100_000)}\nC2,short\n`,
  ok(2),
  'a 10^5-character cell',
);
add(
  'cell-quoted-100k-characters.csv',
  `customer_id,note\nC1,"${'y,'.repeat(50_000)}"\nC2,short\n`,
  ok(2),
  'a quoted 10^5-character cell full of delimiters',
);
add(
  'cell-too-large.csv.gz',
  gzipSync(`customer_id,note\nC1,${'z'.repeat(3 << 20)}\n`, { level: 9 }),
  fail('E_CELL_TOO_LARGE'),
  'a 3 MiB cell (the limit is 1 MiB)',
);
add(
  'quoted-cell-never-ends-large.csv.gz',
  gzipSync(`customer_id,note\nC1,"${'q\n'.repeat(1 << 20)}`, { level: 9 }),
  fail('E_BAD_CSV'),
  'an unclosed quote swallowing 2 MiB of lines',
);

// ---- gzip and zip -------------------------------------------------------------------------
const manyOrders = `customer_id,amount\n${Array.from({ length: 5000 }, (_, i) => `C${i},${(i * 7919) % 1000}`).join('\n')}\n`;
add(
  'gzip-cut-short.csv.gz',
  gzipSync(manyOrders).subarray(0, 5000),
  fail('E_GZIP_TRUNCATED'),
  'a gzip stream cut off in the middle',
);
add(
  'gzip-no-trailer.csv.gz',
  (() => {
    const g = gzipSync(manyOrders);
    return g.subarray(0, g.length - 8);
  })(),
  fail('E_GZIP_TRUNCATED'),
  'a gzip stream without its checksum and length',
);
add(
  'gzip-bad-crc.csv.gz',
  (() => {
    const g = Buffer.from(gzipSync(orders));
    g[g.length - 6] ^= 0xff;
    return g;
  })(),
  fail('E_BAD_GZIP'),
  'a gzip whose checksum fails',
);
add('gzip-magic-only.csv.gz', [0x1f, 0x8b], fail('E_GZIP_TRUNCATED'), 'gzip magic and nothing else');
add(
  'gzip-corrupt-middle.csv.gz',
  (() => {
    const g = Buffer.from(gzipSync(manyOrders));
    g[g.length >> 1] ^= 0xff;
    return g;
  })(),
  fail('E_BAD_GZIP'),
  'a gzip with one byte flipped in the middle of its compressed data',
);
add('zip-empty.zip', zip({}), fail('E_BAD_ZIP'), 'an archive with no files');
add('zip-two-tables.zip', zip({ 'a.csv': orders, 'b.csv': orders }), fail('E_BAD_ZIP'), 'which table is meant?');
add(
  'zip-cut-short.zip',
  zip({ 'orders.csv': orders.repeat(50) }).subarray(0, 200),
  fail('E_BAD_ZIP'),
  'an archive cut off',
);
add(
  'zip-in-zip.zip',
  zip({ 'inner.zip': zip({ 'orders.csv': orders }) }),
  fail('E_BAD_ZIP'),
  'an archive inside an archive',
);
add(
  'zip-bomb-declared.zip',
  declareSize(zip({ 'orders.csv': new Uint8Array(1 << 20) }, 9), 'orders.csv', 0xfffffff0),
  fail('E_ZIP_TOO_LARGE'),
  'an entry declaring 4 GiB',
);
add(
  'zip-bomb-overlapping.zip',
  overlappingBomb(new Uint8Array(16 << 20), 400),
  fail('E_ZIP_TOO_LARGE'),
  '400 entries sharing one 16 MiB stream: 6.4 GiB declared in 30 KB',
);
{
  const rows40k = zip({ 'orders.csv': orderRows(40_000) }, 9);
  add(
    'zip-size-understated.zip',
    declareSize(rows40k, 'orders.csv', 1000),
    fail('E_BAD_ZIP'),
    'an entry declaring 1,000 bytes (both headers) that holds 40,000 rows: never cut to the declared size',
  );
  add(
    'zip-size-understated-central.zip',
    declareSize(zip({ 'orders.csv': orderRows(60_000) }, 9), 'orders.csv', 1000, { local: false }),
    fail('E_BAD_ZIP'),
    'the central directory alone declares 1,000 bytes for 60,000 rows (the local header tells the truth)',
  );
  add(
    'zip-size-overstated.zip',
    declareSize(zip({ 'orders.csv': orders }, 9), 'orders.csv', 4096),
    fail('E_BAD_ZIP'),
    'an entry declaring more bytes than it holds',
  );
  // The CRC-32 in the local header (offset 14) and in the directory record (offset 16).
  const badCrc = Buffer.from(zip({ 'orders.csv': orderRows(100) }, 9));
  const record = badCrc.readUInt32LE(badCrc.length - 6);
  for (const at of [14, record + 16]) badCrc.writeUInt32LE((badCrc.readUInt32LE(at) ^ 1) >>> 0, at);
  add('zip-bad-crc.zip', badCrc, fail('E_BAD_ZIP'), 'an entry whose bytes fail the checksum both headers give');
}
add(
  'zip-bomb-ratio.zip',
  zip({ 'orders.csv': new Uint8Array(200 << 20) }, 9),
  fail('E_ZIP_TOO_LARGE'),
  '200 MiB of zeros: a ratio no table reaches',
);

// ---- decompression bombs of valid rows ---------------------------------------------------
{
  // 30 million rows "customer 1 spent 2": 120 MB of text in a 117 KB gzip. Held in memory they
  // would take more than one import may (16 bytes a cell and 24 a row: 1.5 GiB at 28,760,941
  // rows of 2 columns), so reading stops there, before the memory is spent.
  add(
    'gzip-bomb-valid-rows.csv.gz',
    gzipSync(`customer_id,amount\n${'1,2\n'.repeat(30_000_000)}`, { level: 9 }),
    fail('E_FILE_TOO_LARGE'),
    '30 million valid rows (120 MB) in a 117 KB gzip: more than one import may hold in memory',
  );
  add(
    'gzip-zeros.parquet.gz',
    gzipSync(new Uint8Array(32 << 20), { level: 9 }),
    fail('E_BAD_PARQUET'),
    '32 MiB of zeros named .parquet.gz: refused from its first bytes, not after unpacking it all',
  );
}

// ---- XLSX / XLS ---------------------------------------------------------------------------
add('text-named-xlsx.xlsx', orders, fail('E_BAD_XLSX'), 'a CSV renamed to .xlsx');
add('xlsx-cut-short.xlsx', xlsx(xlsxRows).subarray(0, 400), fail('E_BAD_XLSX'), 'a workbook cut off');
add(
  'xlsx-no-workbook.xlsx',
  xlsx(xlsxRows, { omit: ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels'] }),
  fail('E_BAD_XLSX'),
  'the workbook part missing',
);
add(
  'xlsx-broken-sheet-xml.xlsx',
  xlsx(xlsxRows, {
    sheetXml:
      '<?xml version="1.0"?><worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c><row></sheetData>',
  }),
  fail('E_BAD_XLSX'),
  'sheet XML that is not well formed: refused (the line it breaks on named), never read in part',
);
add('xlsx-empty-sheet.xlsx', xlsx([]), fail('E_EMPTY_FILE'), 'a workbook whose only sheet is empty');
add('xlsx-header-only.xlsx', xlsx(xlsxRows.slice(0, 1)), fail('E_EMPTY_FILE'), 'a sheet with a header and no rows');
add(
  'xlsx-zip-bomb.xlsx',
  declareSize(
    xlsx(xlsxRows, { extra: { 'xl/media/image1.png': new Uint8Array(1 << 20) } }),
    'xl/media/image1.png',
    0xfffffff0,
  ),
  fail('E_ZIP_TOO_LARGE'),
  'a workbook with a part declaring 4 GiB',
);
add(
  'xlsx-sheet-bomb.xlsx',
  xlsx(xlsxRows, {
    sheetXml: `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${' '.repeat(150 << 20)}</sheetData></worksheet>`,
  }),
  fail('E_ZIP_TOO_LARGE'),
  'a sheet of 150 MiB of spaces',
);
add('xlsx-real.csv', xlsx(xlsxRows), ok(2), 'a real workbook named .csv: read by its bytes');
// Numbers as a spreadsheet stores them, and sheets that misdeclare their size (issue 20).
{
  const customers = (ids) => [['customer_id', 'name', 'age'], ...ids.map((id, i) => [id, `C${i}`, 30 + i])];
  add(
    'xlsx-16-digit-ids.xlsx',
    xlsx(customers([1234567890123456, 1234567890123457, 1234567890123458])),
    ok(3),
    'customer ids of 16 digits stored as numbers: three customers, never merged by rounding to 15 digits',
  );
  add(
    'xlsx-ids-past-2-53.xlsx',
    xlsx(customers([{ n: '1.2345678901234567E+19' }, { n: '98765432109876543210' }, 17850])),
    ok(3, { rounded_id: 2 }),
    'customer ids stored as numbers past 2^53 (one as Excel writes them, one in plain digits): kept as written, flagged as possibly rounded',
  );
  const many = [xlsxRows[0]];
  for (let i = 1; i <= 1000; i++)
    many.push([`O${i}`, `C${i % 37}`, `2025-01-${String((i % 28) + 1).padStart(2, '0')}`, i]);
  add(
    'xlsx-dimension-understated.xlsx',
    xlsx(many, { dimension: 'A1:D10' }),
    ok(1000),
    'a sheet declaring A1:D10 that holds 1,000 rows: every row is read',
  );
  add(
    'xlsx-dimension-huge.xlsx',
    xlsx(xlsxRows, { dimension: 'A1:XFD1048576' }),
    ok(2),
    'a sheet of 3 rows declaring A1:XFD1048576 (17 billion cells): cost follows the cells present',
  );
  // 257 MiB of shared strings (runs of them between runs of spaces) in about 280 KB: past the reader's
  // 256 MiB cap, under the archive's 1000:1 ratio, so the workbook itself must refuse it.
  const MiB = 1024 ** 2;
  const block = Buffer.alloc(MiB, ' ');
  block.fill('<si><t>customer</t></si>', 0, 1500 * 24);
  const strings = Buffer.alloc(257 * MiB);
  strings.fill(block);
  strings.write(
    '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
  );
  strings.write('</sst>', strings.length - 6);
  const bomb = xlsx(xlsxRows, { extra: { 'xl/sharedStrings.xml': strings } });
  if (bomb.length > 300_000 || strings.length > 1000 * bomb.length)
    throw new Error(`shared-strings bomb is ${bomb.length} bytes`);
  add(
    'xlsx-shared-strings-bomb.xlsx',
    bomb,
    fail('E_FILE_TOO_LARGE'),
    'a 280 KB workbook whose shared strings unpack to 257 MiB: refused with the limit and the size, before inflating',
  );
}
add(
  'xlsx-size-understated.xlsx',
  declareSize(xlsx(xlsxRows), 'xl/worksheets/sheet1.xml', 100),
  fail('E_BAD_XLSX'),
  'a sheet declaring 100 bytes that holds more: every part is checked before the workbook is read',
);
add(
  'xls-ole-garbage.xls',
  cat([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], new Uint8Array(1024).fill(0x41)),
  fail('E_BAD_XLSX'),
  'an OLE2 header and garbage',
);
add('xls-text.xls', orders, fail('E_BAD_XLSX'), 'text renamed to .xls');

/** A good file's first half, which the reader must refuse with `code`. */
const addCutInHalf = (name, good, code, why) =>
  add(name, good.subarray(0, Math.floor(good.length / 2)), fail(code), why);

// ---- Parquet ------------------------------------------------------------------------------
{
  const good = parquet();
  addCutInHalf('parquet-cut-short.parquet', good, 'E_BAD_PARQUET', 'a Parquet file cut in half');
  add(
    'parquet-no-footer.parquet',
    good.subarray(0, good.length - 8),
    fail('E_BAD_PARQUET'),
    'the footer length and magic missing',
  );
  const garbled = Buffer.from(good);
  garbled.fill(0x7f, garbled.length - 8 - garbled.readUInt32LE(garbled.length - 8), garbled.length - 8);
  add('parquet-garbage-footer.parquet', garbled, fail('E_BAD_PARQUET'), 'PAR1 at both ends, garbage metadata');
  add('parquet-magic-only.parquet', 'PAR1PAR1', fail('E_BAD_PARQUET'), 'the magic twice, nothing else');
  add('text-named-parquet.parquet', orders, fail('E_BAD_PARQUET'), 'a CSV renamed to .parquet');
  const huge = Buffer.from(good);
  huge.writeUInt32LE(0x7fffffff, huge.length - 8);
  add('parquet-footer-length-huge.parquet', huge, fail('E_BAD_PARQUET'), 'a footer length beyond the file');
}

// ---- Arrow --------------------------------------------------------------------------------
{
  const good = arrowFile();
  addCutInHalf('arrow-cut-short.arrow', good, 'E_BAD_ARROW', 'an Arrow file cut in half');
  add('arrow-magic-only.arrow', 'ARROW1\0\0', fail('E_BAD_ARROW'), 'the magic and nothing else');
  add('text-named-arrow.arrow', orders, fail('E_BAD_ARROW'), 'a CSV renamed to .arrow');
  add(
    'arrow-stream-garbage.arrow',
    cat([0xff, 0xff, 0xff, 0xff], new Uint8Array(256).fill(0x33)),
    fail('E_BAD_ARROW'),
    'a stream continuation marker and garbage',
  );
}

// ---- Numbers and dates at the edges ---------------------------------------------------------
/** Orders of 40 customers over 200 rows (amounts 1.5 to 200.5), then the given rows. */
const edgeOrders = (...extra) =>
  `customer_id,order_date,amount\n${Array.from({ length: 200 }, (_, i) => `C${i % 40},2025-0${1 + (i % 9)}-1${i % 10},${i + 1.5}\n`).join('')}${extra.map((r) => `${r}\n`).join('')}`;
add(
  'number-1e400.csv',
  edgeOrders('C7,2025-03-05,1e400', 'C8,2025-03-06,-1e400', `C9,2025-03-07,1${'0'.repeat(400)}`),
  ok(203, { number_out_of_range: 3 }),
  'amounts past the largest double: counted as out of range, read as missing, never Infinity',
);
add(
  'number-edges-of-doubles.csv',
  edgeOrders('C7,2025-03-05,2e16', 'C8,2025-03-06,9007199254740993', 'C9,2025-03-07,1e308', 'C10,2025-03-08,5e-324'),
  ok(204),
  'amounts at 2^53 and beyond, the largest and the least double: read as numbers, no issue',
);
add(
  'sum-overflows.csv',
  edgeOrders('C77,2025-03-05,1e308', 'C77,2025-03-06,1e308'),
  ok(202, { total_out_of_range: 2 }),
  'one customer whose two amounts sum past the largest double',
);
add(
  'mixed-number-formats.csv',
  `customer_id,order_date,amount\n${Array.from({ length: 100 }, (_, i) => `C${i % 9},2025-01-0${1 + (i % 9)},"${i + 1},234.56"\n`).join('')}C1,2025-01-01,NaN\nC2,2025-01-02,Infinity\nC3,2025-01-03,#DIV/0!\nC4,2025-01-04,"1.234,56"\n`,
  ok(104, { unparsable_number: 3, number_out_of_range: 1 }),
  'a NaN, an Infinity, an Excel error and a decimal comma among 1,234.56: the amount stays a number',
);
add(
  'dates-ancient.csv',
  edgeOrders('C7,0001-03-05,10', 'C8,0099-12-31,10', 'C9,1899-12-31 23:59:59,10'),
  ok(203, { early_date: 3 }),
  'order dates in years 1, 99 and 1899: read as written (never 1901 or 1999), flagged',
);
add(
  'dates-far.csv',
  edgeOrders('C7,9999-12-31,10', 'C8,2100-02-28,10'),
  ok(202, { future_date: 2 }),
  'order dates in 2100 and 9999: read as written, flagged as future',
);
add(
  'one-day-orders.csv',
  `customer_id,order_date,amount\n${Array.from({ length: 30 }, (_, i) => `C${i % 12},2025-05-01,${i + 1}\n`).join('')}`,
  ok(30),
  'every order on one day: the order date is still suggested',
);
add(
  'infinity-in-parquet.parquet',
  Buffer.from(
    parquetWriteBuffer({
      columnData: [
        { name: 'customer_id', data: ['C1', 'C2', 'C3', 'C1', 'C2'], type: 'STRING' },
        {
          name: 'order_date',
          data: ['2025-01-03', '2025-01-04', '2025-01-05', '2025-01-06', '2025-01-07'],
          type: 'STRING',
        },
        { name: 'amount', data: [10.5, Infinity, 7.25, -Infinity, Number.NaN], type: 'DOUBLE' },
      ],
    }),
  ),
  ok(5, { number_out_of_range: 2 }),
  'doubles that are infinite (counted) or NaN (missing) in a Parquet file',
);
add(
  'infinity-in-arrow.arrow',
  Buffer.from(
    tableToIPC(
      tableFromArrays({
        customer_id: ['C1', 'C2', 'C1'],
        order_date: ['2025-01-03', '2025-01-04', '2025-01-05'],
        amount: Float64Array.from([1, Infinity, 3]),
      }),
      'file',
    ),
  ),
  ok(3, { number_out_of_range: 1 }),
  'an infinite double in an Arrow file',
);

// ---- Decimals (fixed-point amounts, as databases and pandas export them) ----------------------
const decimalOrders = { ids: ['C1', 'C2', 'C1', 'C3'], days: ['2025-01-03', '2025-01-04', '2025-02-01', '2025-02-03'] };
decimalOrders.unscaled = [1000n, 2999n, -70n, 123456789n]; // 10.00, 29.99, -0.70, 1234567.89
/** An Arrow file of orders whose amount is a Decimal(12, 2) of `bitWidth` bits (Arrow's two's complement words). */
function arrowDecimal(bitWidth) {
  const words = bitWidth / 32;
  const data = new Uint32Array(decimalOrders.unscaled.length * words);
  decimalOrders.unscaled.forEach((v, i) => {
    let x = BigInt.asUintN(bitWidth, v);
    for (let w = 0; w < words; w++, x >>= 32n) data[i * words + w] = Number(x & 0xffffffffn);
  });
  const amount = makeVector(
    makeData({ type: new Decimal(2, 12, bitWidth), length: decimalOrders.unscaled.length, data }),
  );
  const days = decimalOrders.days.map((d) => new Date(`${d}T00:00:00Z`));
  const table = new Table({
    customer_id: vectorFromArray(decimalOrders.ids, new Utf8()),
    order_date: vectorFromArray(days, new DateDay()),
    amount,
  });
  return Buffer.from(tableToIPC(table, 'file'));
}
const decimalRoles = { roles: { customerId: 'customer_id', orderDate: 'order_date', amount: 'amount' } };
for (const bits of [64, 128])
  add(
    `arrow-decimal${bits}.arrow`,
    arrowDecimal(bits),
    ok(4, { negative_amount: 1 }, decimalRoles),
    `Decimal${bits}(12, 2) amounts: numbers with their scale (10.00, not the text "1000"), so still the amount (the -0.70 is counted as a negative amount)`,
  );
add(
  'parquet-decimal.parquet',
  Buffer.from(
    parquetWriteBuffer({
      columnData: [
        { name: 'customer_id', data: decimalOrders.ids },
        { name: 'order_date', data: decimalOrders.days.map((d) => new Date(`${d}T00:00:00Z`)) },
        { name: 'amount', data: decimalOrders.unscaled },
      ],
      schema: [
        { name: 'root', num_children: 3 },
        { name: 'customer_id', type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'OPTIONAL' },
        {
          name: 'order_date',
          type: 'INT64',
          converted_type: 'TIMESTAMP_MILLIS',
          repetition_type: 'OPTIONAL',
        },
        {
          name: 'amount',
          type: 'INT64',
          converted_type: 'DECIMAL',
          scale: 2,
          precision: 12,
          logical_type: { type: 'DECIMAL', scale: 2, precision: 12 },
          repetition_type: 'OPTIONAL',
        },
      ],
    }),
  ),
  ok(4, { negative_amount: 1 }, decimalRoles),
  'DECIMAL(12, 2) amounts in INT64: the decimals the file holds (29.99), not float noise (29.990000000000002)',
);

// ---- write ----------------------------------------------------------------------------------
mkdirSync(out, { recursive: true });
for (const f of readdirSync(out)) rmSync(join(out, f));
const manifest = {};
for (const [name, { bytes, expect, why }] of corpus) {
  writeFileSync(join(out, name), bytes);
  manifest[name] = { why, ...expect };
}
writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`${corpus.size} files written to ${out}`);
