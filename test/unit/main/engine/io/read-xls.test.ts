import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { readTable } from '../../../../../src/main/engine/io/read-table';
import { readXls } from '../../../../../src/main/engine/io/read-xls';
import { tempDir } from '../../../../helpers/paths';
import { texts } from '../../../../helpers/raw-texts';

describe('readXls: legacy workbooks keep whole numbers exactly', () => {
  it('keeps 16-digit ids apart and marks those of 2^53 or more as possibly rounded', () => {
    const sheet = XLSX.utils.aoa_to_sheet([
      ['customer_id', 'spend'],
      [1234567890123456, 8.289999999999999],
      [1234567890123457, 2],
      [2 ** 53 + 2, 3],
    ]);
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, sheet, 'Customers');
    const raw = readXls(new Uint8Array(XLSX.write(book, { type: 'buffer', bookType: 'xls' }) as Buffer));
    const ids = texts(raw.columns[0]);
    expect([ids.values(), texts(raw.columns[1]).values()]).toEqual([
      ['1234567890123456', '1234567890123457', '9007199254740994'],
      ['8.29', '2', '3'],
    ]);
    expect(raw.roundedNumbers).toEqual([{ column: 0, rows: [2] }]);
  });
});

describe('readTable: an Excel binary workbook (XLSB)', () => {
  it('is read by SheetJS, not taken for a damaged XML workbook', async () => {
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(
      book,
      XLSX.utils.aoa_to_sheet([
        ['customer_id', 'amount'],
        ['C1', 10],
        ['C2', 20.5],
      ]),
      'Orders',
    );
    const file = join(tempDir('segdesk-xlsb-'), 'orders.xlsb');
    writeFileSync(file, XLSX.write(book, { type: 'buffer', bookType: 'xlsb' }) as Buffer);
    const raw = await readTable(file);
    expect([raw.format, raw.sheet, raw.names, texts(raw.columns[0]).values(), texts(raw.columns[1]).values()]).toEqual([
      'xlsx',
      'Orders',
      ['customer_id', 'amount'],
      ['C1', 'C2'],
      ['10', '20.5'],
    ]);
  });
});
