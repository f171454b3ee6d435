import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportDecimalProblems, formatDecimals, headerDecimals } from '../../helpers/export-decimals';
import { tempDir } from '../../helpers/paths';

describe('the export scanner: numbers with more decimals than their column states', () => {
  it('reads the stated decimals from a CSV header and from an Excel number format', () => {
    expect(
      [
        'Spend (GBP)',
        '消费金额（JPY）',
        'Share of customers (%)',
        'Days between orders',
        'Purchases',
        'Spend',
        'Expected purchases (next 6 months)',
      ].map(headerDecimals),
    ).toEqual([2, 0, 1, 1, 0, null, 1]);
    expect(
      ['"£"#,##0.00', '"JP¥"#,##0', '0.0%', '#,##0', '#,##0.0', 'General', undefined, 'yyyy-mm-dd'].map(formatDecimals),
    ).toEqual([2, 0, 3, 0, 1, null, null, 0]);
  });

  it('names the file, column and cell of each CSV number with float noise or too many decimals (GBK too)', async () => {
    const dir = tempDir('segdesk-scan-');
    const csv = join(dir, 'members.csv');
    writeFileSync(
      csv,
      `\uFEFFCustomer ID,Segment,Spend (GBP),Days between orders,Spend,Note\r\n15108,"Lost, cheap",96.00000000000001,42.989583333333336,96,2011-12-09\r\n17841,Champions,3074.2,43,3074.1999999999985,"a ""quoted"" 1.23456"\r\n`,
    );
    expect(await exportDecimalProblems(csv)).toEqual([
      'members.csv: column "Spend (GBP)", cell C2: 96.00000000000001 has 14 decimals; the column states 2',
      'members.csv: column "Days between orders", cell D2: 42.989583333333336 has 15 decimals; the column states 1',
      'members.csv: column "Spend", cell E3: 3074.1999999999985 has 17 significant digits (float noise)',
    ]);
    const gbk = join(dir, 'members-gbk.csv');
    writeFileSync(gbk, iconv.encode('客户编号;消费金额（CNY）\r\nA1;179.42000000000002\r\nA2;179.42\r\n', 'gbk'));
    expect(await exportDecimalProblems(gbk)).toEqual([
      'members-gbk.csv: column "消费金额（CNY）", cell B2: 179.42000000000002 has 14 decimals; the column states 2',
    ]);
  });

  it('names the sheet, column and cell of each XLSX number cell beyond its format’s (or, in General, its header’s) decimals; the user’s own numbers pass', async () => {
    const file = join(tempDir('segdesk-scan-'), 'members.xlsx');
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Champions');
    sheet.addRow([
      'Customer ID',
      'Spend (GBP)',
      'Chance still active (%)',
      'Days between orders',
      'Income',
      'Last purchase',
    ]);
    sheet.addRow(['15108', 96.00000000000001, 0.1234, 42.989583333333336, 58138, new Date(Date.UTC(2011, 11, 9))]);
    sheet.addRow(['17841', 3074.2, 0.123, 43, 1.5, new Date(Date.UTC(2011, 11, 9))]);
    sheet.getColumn(2).numFmt = '"£"#,##0.00';
    sheet.getColumn(3).numFmt = '0.0%';
    sheet.getColumn(6).numFmt = 'yyyy-mm-dd';
    await book.xlsx.writeFile(file);
    expect(await exportDecimalProblems(file)).toEqual([
      'members.xlsx: sheet "Champions", column "Spend (GBP)" (format "£"#,##0.00), cell B2: 96.00000000000001 has 14 decimals; the column states 2',
      'members.xlsx: sheet "Champions", column "Chance still active (%)" (format 0.0%), cell C2: 0.1234 has 4 decimals; the column states 3',
      'members.xlsx: sheet "Champions", column "Days between orders" (format General), cell D2: 42.989583333333336 has 15 decimals; the column states 1',
    ]);
  });
});
