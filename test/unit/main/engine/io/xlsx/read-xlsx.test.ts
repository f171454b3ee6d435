import { describe, expect, it } from 'vitest';
import type { RawTable } from '../../../../../../src/main/engine/io/raw-table';
import { readXlsx } from '../../../../../../src/main/engine/io/xlsx/read-xlsx';
import { texts } from '../../../../../helpers/raw-texts';
import { sheetRows, sheetXml, workbookBytes } from '../../../../../helpers/xlsx-parts';

/** Every row of a raw table as cell texts (null = empty). */
function cells(t: RawTable): (string | null)[][] {
  const columns = t.columns.map((c) => {
    const d = texts(c);
    return { values: d.values(), codes: d.finishCodes() };
  });
  return Array.from({ length: t.rowCount }, (_, r) =>
    columns.map(({ values, codes }) => (codes[r] >= 0 ? values[codes[r]] : null)),
  );
}

const book = (rows: string, dimension?: string) => workbookBytes({ Orders: sheetXml(rows, dimension) });

describe('readXlsx: numbers as the sheet XML writes them', () => {
  it('keeps whole numbers of 16 and more digits exactly, and marks those past 2^53 as possibly rounded', () => {
    const raw = readXlsx(
      book(
        sheetRows([
          ['customer_id', 'price'],
          [1234567890123456, { xml: '<c><v>8.289999999999999</v></c>' }],
          [1234567890123457, { xml: '<c><v>40846.67847222222</v></c>' }],
          [{ xml: '<c><v>1.2345678901234567E+19</v></c>' }, 1],
          [{ xml: '<c><v>98765432109876543210</v></c>' }, { xml: '<c><v>1E+20</v></c>' }],
          [{ xml: '<c><v>9007199254740993</v></c>' }, { xml: '<c><v>-0</v></c>' }],
          [17850, { xml: '<c><v>007</v></c>' }],
        ]),
      ),
    );
    expect(raw.names).toEqual(['customer_id', 'price']);
    expect(cells(raw)).toEqual([
      ['1234567890123456', '8.29'],
      ['1234567890123457', '40846.6784722222'],
      ['12345678901234567000', '1'],
      ['98765432109876543210', '100000000000000000000'],
      ['9007199254740993', '0'],
      ['17850', '7'],
    ]);
    expect(raw.roundedNumbers).toEqual([
      { column: 0, rows: [2, 3, 4] },
      { column: 1, rows: [3] },
    ]);
  });
});

describe('readXlsx: the cells present, never the declared dimension', () => {
  const rows = (n: number) => [['id', 'amount'], ...Array.from({ length: n }, (_, i) => [`C${i}`, i])];

  it('reads all 1,000 rows of a sheet that declares A1:B10', () => {
    const raw = readXlsx(book(sheetRows(rows(1000)), 'A1:B10'));
    expect([raw.rowCount, raw.names]).toEqual([1000, ['id', 'amount']]);
    expect(cells(raw)[999]).toEqual(['C999', '999']);
  });

  it('reads a sheet declaring A1:XFD1048576 as the 2 × 2 cells it holds', () => {
    const raw = readXlsx(book(sheetRows(rows(1)), 'A1:XFD1048576'));
    expect([raw.names, cells(raw), raw.shortRows.count, raw.longRows.count]).toEqual([
      ['id', 'amount'],
      [['C0', '0']],
      0,
      0,
    ]);
  });

  it('lays the table from the leftmost to the rightmost cell of the first rows; a later cell outside is a long row', () => {
    const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
    const first = Array.from({ length: 30 }, (_, i) => `<row r="${i + 4}">${inline(`B${i + 4}`, `a${i}`)}</row>`);
    const xml = [
      `<row r="3">${inline('B3', 'id')}${inline('D3', 'n')}</row>`,
      ...first,
      `<row r="40"><c r="A40"><v>1</v></c>${inline('B40', 'b')}</row>`,
    ].join('');
    const raw = readXlsx(book(xml));
    expect([raw.names, cells(raw).slice(-2), raw.lines.slice(-2), raw.longRows]).toEqual([
      ['id', 'column_2', 'n'],
      [
        ['a29', null, null],
        ['b', null, null],
      ],
      Int32Array.from([33, 40]),
      { count: 1, lines: [40], rows: [30] },
    ]);
  });

  it('stops reading at a preview’s row limit', () => {
    const raw = readXlsx(book(sheetRows(rows(5000))), { maxRows: 10 });
    expect([raw.rowCount, raw.truncated]).toEqual([10, true]);
  });
});

describe('readXlsx: cell types, strings, dates and sheets', () => {
  const sst = `<sst xmlns="x"><si><t>plain</t></si><si><r><rPr/><t>rich </t></r><r><t>text</t></r><rPh><t>ふりがな</t></rPh></si><si><t>line_x000D_
end _x005F_x000D_</t></si></sst>`;
  const styles = `<styleSheet><numFmts><numFmt numFmtId="164" formatCode="yyyy/mm/dd hh:mm"/></numFmts><cellStyleXfs><xf numFmtId="14"/></cellStyleXfs><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="4"/></cellXfs></styleSheet>`;
  const row = [
    '<c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c><c r="C2" t="s"><v>2</v></c>',
    '<c r="D2" s="1"><v>45658</v></c><c r="E2" s="2"><v>45658.5</v></c><c r="F2" s="3"><v>1234.5</v></c>',
    '<c r="G2" t="b"><v>1</v></c><c r="H2" t="e"><v>#DIV/0!</v></c><c r="I2" t="str"><f>A1&amp;"x"</f><v>ax</v></c>',
    '<x:c r="J2" t="inlineStr"><x:is><x:t>prefixed &amp; &#13;cr</x:t></x:is></x:c>',
  ].join('');
  const header = `<row r="1">${'ABCDEFGHIJ'
    .split('')
    .map((c) => `<c r="${c}1" t="inlineStr"><is><t>${c.toLowerCase()}</t></is></c>`)
    .join('')}</row>`;

  it('reads shared and inline strings (runs joined, phonetic guides left out, escapes undone), dates from their style, booleans, errors and formula results', () => {
    const bytes = workbookBytes(
      { Data: sheetXml(`${header}<row r="2" xmlns:x="m">${row}</row>`) },
      { sharedStrings: sst, styles },
    );
    expect(cells(readXlsx(bytes))).toEqual([
      [
        'plain',
        'rich text',
        'line\r\nend _x000D_',
        '2025-01-01',
        '2025-01-01 12:00:00',
        '1234.5',
        'true',
        null,
        'ax',
        'prefixed & \rcr',
      ],
    ]);
  });

  it('counts serials in the 1904 date system when the workbook says so', () => {
    const bytes = workbookBytes(
      { Data: sheetXml(`${header}<row r="2">${row}</row>`) },
      { sharedStrings: sst, styles, workbookPr: '<workbookPr date1904="1"/>' },
    );
    expect(cells(readXlsx(bytes))[0].slice(3, 5)).toEqual(['2029-01-02', '2029-01-02 12:00:00']);
  });

  it('reads the chosen sheet, and names the sheets there are when asked for one that is not', () => {
    const bytes = workbookBytes({
      First: sheetXml(sheetRows([['a'], ['1']])),
      Second: sheetXml(sheetRows([['b'], ['2'], ['3']])),
    });
    const second = readXlsx(bytes, { sheet: 'Second' });
    expect([second.sheet, second.sheets, second.names, cells(second)]).toEqual([
      'Second',
      ['First', 'Second'],
      ['b'],
      [['2'], ['3']],
    ]);
    expect(() => readXlsx(bytes, { sheet: 'Third' })).toThrow(
      expect.objectContaining({ code: 'E_NO_SUCH_SHEET', details: { sheets: ['First', 'Second'] } }),
    );
  });

  it('refuses sheet XML that is not well formed, naming the part, instead of reading part of it', () => {
    const bytes = book('<row r="1"><c r="A1"><v>1</v></c><row></sheetData>');
    expect(() => readXlsx(bytes)).toThrow(
      expect.objectContaining({ code: 'E_BAD_XLSX', message: expect.stringContaining('xl/worksheets/sheet1.xml') }),
    );
  });

  it('reads stored (not deflated) parts alike', () => {
    const raw = readXlsx(workbookBytes({ S: sheetXml(sheetRows([['x'], [1.5]])) }, { level: 0 }));
    expect(cells(raw)).toEqual([['1.5']]);
  });
});
