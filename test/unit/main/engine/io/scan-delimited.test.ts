import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { fieldText } from '../../../../../src/main/engine/io/field-text';
import { DelimitedScanner, type Separator } from '../../../../../src/main/engine/io/scan-delimited';

/** Scans text fed in chunks of `size` bytes; returns rows of strings and their start lines. */
function scan(text: string, separator: Separator = 44, size = Infinity): { rows: string[][]; lines: number[] } {
  const rows: string[][] = [];
  const lines: number[] = [];
  const scanner = new DelimitedScanner(separator, {
    record(bytes, starts, ends, flags, count, line) {
      const row: string[] = [];
      for (let i = 0; i < count; i++) row.push(fieldText(bytes, starts[i], ends[i], flags[i]));
      rows.push(row);
      lines.push(line);
    },
  });
  const bytes = Buffer.from(text);
  const step = Math.min(size, bytes.length || 1);
  for (let i = 0; i < bytes.length; i += step) scanner.push(bytes.subarray(i, i + step));
  scanner.end();
  return { rows, lines };
}

describe('DelimitedScanner', () => {
  const text = 'id,name,note\r\n1,"Smith, J","said ""hi"""\r\n2,李,"two\nlines"\r\n\r\n3,,\r\n4,x,y';
  const expected = [
    ['id', 'name', 'note'],
    ['1', 'Smith, J', 'said "hi"'],
    ['2', '李', 'two\nlines'],
    ['3', '', ''],
    ['4', 'x', 'y'],
  ];

  it('finds records and fields with quotes, escapes, embedded newlines, blank lines and no final newline', () => {
    expect(scan(text)).toEqual({ rows: expected, lines: [1, 2, 3, 6, 7] });
  });

  it('gives the same result for every chunk size, including borders inside UTF-8 characters and "" pairs', () => {
    for (let size = 1; size <= 20; size++) expect(scan(text, 44, size).rows, `chunk ${size}`).toEqual(expected);
  });

  it('handles CR-only line ends, also when a chunk ends on CR', () => {
    for (const size of [1, 2, 3, 100])
      expect(scan('a;b\r1;2\r\n3;4\r', 59, size).rows).toEqual([
        ['a', 'b'],
        ['1', '2'],
        ['3', '4'],
      ]);
  });

  it('reads each record once when a chunk finishes a carried-over record and a quoted line break follows CR-ended records', () => {
    const mac = 'a,b\r1,2\r3,"x\ny"\r4,5\r';
    const want = {
      rows: [
        ['a', 'b'],
        ['1', '2'],
        ['3', 'x\ny'],
        ['4', '5'],
      ],
      lines: [1, 2, 3, 5],
    };
    for (let size = 1; size <= mac.length; size++) expect(scan(mac, 44, size), `chunk ${size}`).toEqual(want);
  });

  it('splits whitespace-aligned text on runs of spaces (CDNOW layout)', () => {
    const cdnow =
      ' customer_id  date number_of_cds  dollar_value\r\n 00001 19970101 1   11.77\r\n 00002 19970112 1   12.00\r\n';
    for (const size of [1, 5, 1000]) {
      expect(scan(cdnow, 'whitespace', size).rows).toEqual([
        ['customer_id', 'date', 'number_of_cds', 'dollar_value'],
        ['00001', '19970101', '1', '11.77'],
        ['00002', '19970112', '1', '12.00'],
      ]);
    }
  });

  it('refuses a quote that is never closed, naming its line', () => {
    expect(() => scan('a,b\n1,"open\n2,3\n')).toThrowError(
      expect.objectContaining({ code: 'E_BAD_CSV', details: { line: 2 } }),
    );
  });

  it('keeps a 100,000-character cell and refuses one over 1 MiB', () => {
    const big = 'x'.repeat(100_000);
    expect(scan(`a,b\n1,${big}\n`, 44, 4096).rows[1][1]).toHaveLength(100_000);
    const huge = 'y'.repeat((1 << 20) + 1);
    expect(() => scan(`a,b\n1,"${huge}"\n`, 44, 65536)).toThrowError(
      expect.objectContaining({ code: 'E_CELL_TOO_LARGE', details: { line: 2 } }),
    );
    expect(() => scan(`a,b\n1,${huge}\n`, 44, 65536)).toThrowError(
      expect.objectContaining({ code: 'E_CELL_TOO_LARGE' }),
    );
  });

  it('agrees with papaparse on random tables with quotes, delimiters and newlines inside cells', () => {
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const alphabet = ['a', 'b', ',', '"', '\n', '\r\n', ' ', '中', '€', ';'];
    for (let t = 0; t < 60; t++) {
      const rows = Array.from({ length: 1 + Math.floor(rand() * 6) }, () =>
        Array.from({ length: 3 }, () =>
          Array.from({ length: Math.floor(rand() * 6) }, () => alphabet[Math.floor(rand() * alphabet.length)]).join(''),
        ),
      ).filter((r) => r.some((c) => c !== ''));
      const csv = Papa.unparse(rows, { quotes: false, newline: '\r\n' });
      const ours = scan(csv, 44, 1 + Math.floor(rand() * 7)).rows;
      const theirs = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
      expect(ours, csv).toEqual(theirs);
      expect(ours).toEqual(rows);
    }
  });
});
