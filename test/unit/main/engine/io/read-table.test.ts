import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Float64, Table, tableToIPC, Utf8, vectorFromArray, Dictionary, Int32 } from 'apache-arrow';
import * as XLSX from '@e965/xlsx';
import { zipSync } from 'fflate';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { beforeAll, describe, expect, it } from 'vitest';
import { readTable } from '../../../../../src/main/engine/io/read-table';
import { toTypedTable, type TypedTable } from '../../../../../src/main/engine/io/to-typed-table';
import { floats as tableFloats, kinds, sum } from '../../../../helpers/arrow';
import { sharedData, tempDir } from '../../../../helpers/paths';
import { ONLINE_RETAIL_KINDS } from '../../../../helpers/online-retail';
import { texts } from '../../../../helpers/raw-texts';

const floats = (t: TypedTable, name: string) => tableFloats(t.table, name);
const strings = (t: TypedTable, name: string) => [...t.table.getChild(name)!] as (string | null)[];

describe('readTable: Excel', () => {
  let xlsx: TypedTable;
  beforeAll(async () => {
    xlsx = toTypedTable(await readTable(sharedData('online_retail_sample40k.xlsx')));
  });

  it('reads the real 40k-row workbook with real date cells (facts from the data README)', () => {
    const t = xlsx.table;
    expect(t.numRows).toBe(40000);
    expect(kinds(xlsx)).toEqual(ONLINE_RETAIL_KINDS);
    expect(t.get(0)!.toJSON()).toEqual({
      InvoiceNo: '573415',
      StockCode: '21166',
      Description: 'COOK WITH WINE METAL SIGN ',
      Quantity: 1,
      InvoiceDate: Date.UTC(2011, 9, 30, 16, 17),
      UnitPrice: 2.08,
      CustomerID: 13607,
      Country: 'United Kingdom',
    });
    expect(xlsx.columns.find((c) => c.name === 'Description')!.missing).toBe(105);
    expect(xlsx.columns.find((c) => c.name === 'CustomerID')!.missing).toBe(10057);
    expect(new Set(floats(xlsx, 'CustomerID').filter((v) => !Number.isNaN(v))).size).toBe(3621);
    const invoices = strings(xlsx, 'InvoiceNo');
    expect(new Set(invoices).size).toBe(13199);
    expect(invoices.filter((v) => v!.startsWith('C')).length).toBe(674);
    expect(sum(floats(xlsx, 'Quantity'))).toBe(358840);
    const q = floats(xlsx, 'Quantity');
    const p = floats(xlsx, 'UnitPrice');
    let revenue = 0;
    for (let i = 0; i < q.length; i++) revenue += q[i] * p[i];
    expect(revenue).toBeCloseTo(706922.42, 2);
    const dates = floats(xlsx, 'InvoiceDate');
    expect(new Date(Math.min(...dates)).toISOString()).toBe('2010-12-01T08:26:00.000Z');
    expect(new Date(Math.max(...dates)).toISOString()).toBe('2011-12-09T12:31:00.000Z');
    expect(new Set(strings(xlsx, 'Country')).size).toBe(36);
  });

  it('gives customer ids that match the CSV export of the same shop (17850.0 and 17850 are one id)', async () => {
    const csv = toTypedTable(await readTable(sharedData('online_retail_uci.csv.gz')));
    const csvIds = new Set(floats(csv, 'CustomerID'));
    const xlsxIds = floats(xlsx, 'CustomerID').filter((v) => !Number.isNaN(v));
    expect(xlsxIds.every((id) => csvIds.has(id))).toBe(true);
  });

  it('reports the sheets and refuses an unknown one', async () => {
    const raw = await readTable(sharedData('online_retail_sample40k.xlsx'), { maxRows: 10 });
    expect([raw.format, raw.sheet, raw.sheets, raw.rowCount]).toEqual(['xlsx', 'Sheet1', ['Sheet1'], 10]);
    await expect(readTable(sharedData('online_retail_sample40k.xlsx'), { sheet: 'Orders' })).rejects.toMatchObject({
      code: 'E_NO_SUCH_SHEET',
    });
  });
});

describe('readTable: Parquet, Arrow, zip', () => {
  const dir = tempDir();
  const orders = readFileSync(sharedData('rfm_data_orders.csv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(','));

  it('reads Parquet (written with hyparquet-writer from rfm_data_orders)', async () => {
    const file = join(dir, 'orders.parquet');
    const buffer = parquetWriteBuffer({
      columnData: [
        { name: 'customer_id', data: orders.map((r) => r[0]), type: 'STRING' },
        { name: 'order_date', data: orders.map((r) => new Date(`${r[1]}T00:00:00Z`)), type: 'TIMESTAMP' },
        { name: 'revenue', data: Int32Array.from(orders.map((r) => Number(r[2]))), type: 'INT32' },
      ],
    });
    writeFileSync(file, new Uint8Array(buffer));
    const t = toTypedTable(await readTable(file));
    expect(kinds(t)).toEqual({ customer_id: 'text', order_date: 'date', revenue: 'integer' });
    expect(t.table.numRows).toBe(4906);
    expect(sum(floats(t, 'revenue'))).toBe(464158);
    expect(new Date(Math.max(...floats(t, 'order_date'))).toISOString().slice(0, 10)).toBe('2006-12-30');
    expect(new Set(strings(t, 'customer_id')).size).toBe(995);

    const cut = join(dir, 'cut.parquet');
    writeFileSync(cut, new Uint8Array(buffer).subarray(0, Math.floor(buffer.byteLength / 2)));
    await expect(readTable(cut)).rejects.toMatchObject({ code: 'E_BAD_PARQUET' });
  });

  it('reads Arrow IPC / Feather files', async () => {
    const file = join(dir, 'mall.arrow');
    const lines = readFileSync(sharedData('Mall_Customers.csv'), 'utf8').split('\r\n').slice(1);
    const rows = lines.map((l) => l.split(','));
    const table = new Table({
      CustomerID: vectorFromArray(
        rows.map((r) => r[0]),
        new Utf8(),
      ),
      Genre: vectorFromArray(
        rows.map((r) => r[1]),
        new Dictionary(new Utf8(), new Int32()),
      ),
      Income: vectorFromArray(
        rows.map((r) => Number(r[3])),
        new Float64(),
      ),
    });
    writeFileSync(file, tableToIPC(table, 'file'));
    const t = toTypedTable(await readTable(file));
    expect(kinds(t)).toEqual({ CustomerID: 'id', Genre: 'category', Income: 'integer' });
    expect(sum(floats(t, 'Income'))).toBe(12112);
    expect(strings(t, 'CustomerID')[0]).toBe('0001');
    writeFileSync(join(dir, 'broken.arrow'), tableToIPC(table, 'file').subarray(0, 200));
    await expect(readTable(join(dir, 'broken.arrow'))).rejects.toMatchObject({ code: 'E_BAD_ARROW' });
  });

  it('reads the one table file inside a .zip, and refuses zips with several files or a bomb', async () => {
    const one = join(dir, 'mall.zip');
    writeFileSync(
      one,
      zipSync({
        'export/Mall_Customers.csv': readFileSync(sharedData('Mall_Customers.csv')),
        '__MACOSX/._x': new Uint8Array(4),
      }),
    );
    const raw = await readTable(one);
    expect([raw.format, raw.compression, raw.rowCount]).toEqual(['csv', 'zip', 200]);

    const two = join(dir, 'two.zip');
    writeFileSync(
      two,
      zipSync({ 'a.csv': new TextEncoder().encode('a\n1\n'), 'b.csv': new TextEncoder().encode('b\n2\n') }),
    );
    await expect(readTable(two)).rejects.toMatchObject({ code: 'E_BAD_ZIP', details: { files: ['a.csv', 'b.csv'] } });

    // A zip whose directory claims 4 GiB for a small entry: refused before anything is inflated.
    const bomb = Buffer.from(zipSync({ 'big.csv': new TextEncoder().encode('a,b\n1,2\n') }, { level: 0 }));
    const size = 8; // "a,b\n1,2\n"
    for (let i = 0; i + 4 <= bomb.length; i++) {
      const sig = bomb.readUInt32LE(i);
      if (sig === 0x04034b50 && bomb.readUInt32LE(i + 22) === size) bomb.writeUInt32LE(0xffffff00, i + 22);
      if (sig === 0x02014b50 && bomb.readUInt32LE(i + 24) === size) bomb.writeUInt32LE(0xffffff00, i + 24);
    }
    writeFileSync(join(dir, 'bomb.zip'), bomb);
    await expect(readTable(join(dir, 'bomb.zip'))).rejects.toMatchObject({ code: 'E_ZIP_TOO_LARGE' });
  });

  it('refuses files whose bytes are not what their name says, and binary garbage', async () => {
    writeFileSync(join(dir, 'fake.xlsx'), 'InvoiceNo,Qty\n1,2\n');
    await expect(readTable(join(dir, 'fake.xlsx'))).rejects.toMatchObject({ code: 'E_BAD_XLSX' });
    writeFileSync(join(dir, 'fake.parquet'), 'not parquet');
    await expect(readTable(join(dir, 'fake.parquet'))).rejects.toMatchObject({ code: 'E_BAD_PARQUET' });
    const garbage = Buffer.alloc(4096);
    let x = 1;
    for (let i = 0; i < garbage.length; i++) garbage[i] = (x = (x * 48271) % 2147483647) & 0xff;
    writeFileSync(join(dir, 'garbage.csv'), garbage);
    await expect(readTable(join(dir, 'garbage.csv'))).rejects.toMatchObject({ code: 'E_NOT_TABULAR' });
    writeFileSync(join(dir, 'empty.xlsx'), '');
    await expect(readTable(join(dir, 'empty.xlsx'))).rejects.toMatchObject({ code: 'E_EMPTY_FILE' });
  });
});

describe('legacy .xls workbooks (BIFF8)', () => {
  const dir = tempDir();

  /** An .xls written by SheetJS with date cells as serials in the 1900 or 1904 date system. */
  function writeXls(file: string, date1904: boolean): void {
    const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
    const serial = (y: number, m: number, d: number) => (Date.UTC(y, m - 1, d) - epoch) / 86_400_000;
    const sheet = XLSX.utils.aoa_to_sheet([
      ['会员号', '下单日期', '实付金额'],
      ['0007', serial(2024, 3, 5), 199.5],
      ['0008', serial(2023, 12, 31), 20],
    ]);
    for (const ref of ['B2', 'B3']) sheet[ref].z = 'yyyy-mm-dd';
    const book = XLSX.utils.book_new();
    book.Workbook = { WBProps: { date1904 } };
    XLSX.utils.book_append_sheet(book, sheet, '订单');
    writeFileSync(file, XLSX.write(book, { type: 'buffer', bookType: 'xls' }) as Buffer);
  }

  it('reads ids, date cells (1900 and 1904 systems) and numbers', async () => {
    for (const date1904 of [false, true]) {
      const file = join(dir, `orders-${date1904}.xls`);
      writeXls(file, date1904);
      expect(readFileSync(file).readUInt32BE(0)).toBe(0xd0cf11e0); // an OLE2 compound file, as Excel 97–2003 writes
      const raw = await readTable(file);
      expect([raw.format, raw.sheet, raw.names]).toEqual(['xls', '订单', ['会员号', '下单日期', '实付金额']]);
      expect(texts(raw.columns[0]).values()).toEqual(['0007', '0008']);
      expect(texts(raw.columns[1]).values(), `1904: ${date1904}`).toEqual(['2024-03-05', '2023-12-31']);
      expect(texts(raw.columns[2]).values()).toEqual(['199.5', '20']);
    }
  });
});
