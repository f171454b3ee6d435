import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { titleRows } from '../../../../../src/main/engine/io/title-rows';
import { readTable } from '../../../../../src/main/engine/io/read-table';
import { tempDir } from '../../../../helpers/paths';
import { texts } from '../../../../helpers/raw-texts';

describe('title lines above the header', () => {
  const dir = tempDir();

  it('counts the records before the first one that fills half the columns', () => {
    expect(
      titleRows([['Sales report'], ['Exported 2024-03-01', null, null], ['id', 'name', 'amount'], ['1', 'a', '3']]),
    ).toBe(2);
    expect(
      titleRows([
        ['id', 'name', 'amount'],
        ['1', 'a', '3'],
      ]),
    ).toBe(0);
    expect(titleRows([['only one column'], ['x'], ['y']])).toBe(0);
    expect(
      titleRows([
        ['Report', '', '', ''],
        ['a', 'b', '', ''],
        ['1', '2', '3', '4'],
      ]),
    ).toBe(1);
  });

  it('skips a CSV’s report title and the blank line under it, and keeps the right line numbers', async () => {
    const file = join(dir, 'report.csv');
    writeFileSync(
      file,
      '门店销售报表 2024年3月,,\r\n导出时间：2024-04-01,,\r\n\r\n客户ID,订单号,金额\r\nC001,A1,12.50\r\nC002,A2,8\r\n',
    );
    const raw = await readTable(file);
    expect([raw.skipped, raw.headerLine, raw.header, raw.names, raw.rowCount]).toEqual([
      2,
      4,
      true,
      ['客户ID', '订单号', '金额'],
      2,
    ]);
    expect([...raw.lines]).toEqual([5, 6]);
    expect(texts(raw.columns[2]).values()).toEqual(['12.50', '8']);
    const asIs = await readTable(file, { skipRows: 0 });
    expect([asIs.skipped, asIs.names[0], asIs.rowCount]).toEqual([0, '门店销售报表 2024年3月', 4]);
  });

  it('skips a workbook’s title row', async () => {
    const book = XLSX.utils.book_new();
    const sheet = XLSX.utils.aoa_to_sheet([
      ['Customer list — branch 7'],
      [],
      ['CustomerID', 'City', 'Spend'],
      ['0001', 'Lyon', 120],
      ['0002', 'Nice', 80.5],
    ]);
    XLSX.utils.book_append_sheet(book, sheet, 'Customers');
    const file = join(dir, 'titled.xlsx');
    writeFileSync(file, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    const raw = await readTable(file);
    expect([raw.names, raw.rowCount, raw.headerLine]).toEqual([['CustomerID', 'City', 'Spend'], 2, 3]);
    expect(texts(raw.columns[0]).values()).toEqual(['0001', '0002']);
  });
});
