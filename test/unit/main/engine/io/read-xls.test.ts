import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { readXls } from '../../../../../src/main/engine/io/read-xls';
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
