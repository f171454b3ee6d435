import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DictionaryBuilder } from '../../../../../src/main/engine/io/dictionary-builder';
import { readDelimited } from '../../../../../src/main/engine/io/read-delimited';
import { TMALL_ORDER_COLUMNS } from '../../../../helpers/tmall-orders';
import { sharedData, tempDir } from '../../../../helpers/paths';
import { rawColumn as column, texts } from '../../../../helpers/raw-texts';

const nulls = (c: DictionaryBuilder) => c.finishCodes().filter((x) => x === -1).length;
/** Sum of a column's cells read as plain numbers, in cents to avoid float drift. */
function sum(c: DictionaryBuilder): number {
  const values = c.values().map(Number);
  let cents = 0;
  for (const code of c.finishCodes()) if (code >= 0) cents += Math.round(values[code] * 100);
  return cents / 100;
}

describe('readDelimited on the real files', () => {
  it('CDNOW_master.txt: whitespace-aligned, CRLF, header', async () => {
    const t = await readDelimited(sharedData('CDNOW_master.txt'));
    expect([t.encoding, t.delimiter, t.header, t.rowCount]).toEqual(['utf-8', 'whitespace', true, 69659]);
    expect(t.names).toEqual(['customer_id', 'date', 'number_of_cds', 'dollar_value']);
    expect(column(t, 'customer_id').size).toBe(23570);
    expect(sum(column(t, 'number_of_cds'))).toBe(167881);
    expect(sum(column(t, 'dollar_value'))).toBeCloseTo(2500315.63, 2);
    expect(t.shortRows.count + t.longRows.count).toBe(0);
  });

  it('CDNOW_sample.txt: no header, so columns are named column_1..5', async () => {
    const t = await readDelimited(sharedData('CDNOW_sample.txt'));
    expect([t.header, t.rowCount, t.names]).toEqual([
      false,
      6919,
      ['column_1', 'column_2', 'column_3', 'column_4', 'column_5'],
    ]);
    expect(column(t, 'column_2').size).toBe(2357);
    expect(sum(column(t, 'column_5'))).toBeCloseTo(244091.94, 2);
    expect(t.lines[0]).toBe(1);
  });

  it('online_retail_uci.csv.gz: gzip read transparently, all 541,909 rows, nulls counted', async () => {
    const fractions: number[] = [];
    const t = await readDelimited(sharedData('online_retail_uci.csv.gz'), { onProgress: (f) => fractions.push(f) });
    expect([t.delimiter, t.rowCount]).toEqual([',', 541909]);
    expect(t.names).toEqual([
      'InvoiceNo',
      'StockCode',
      'Description',
      'Quantity',
      'InvoiceDate',
      'UnitPrice',
      'CustomerID',
      'Country',
    ]);
    expect(nulls(column(t, 'Description'))).toBe(1454);
    expect(nulls(column(t, 'CustomerID'))).toBe(135080);
    expect(column(t, 'CustomerID').size).toBe(4372);
    expect(column(t, 'InvoiceNo').size).toBe(25900);
    expect(column(t, 'Country').size).toBe(38);
    expect(sum(column(t, 'Quantity'))).toBe(5176450);
    expect(fractions.at(-1)).toBe(1);
  });

  it('marketing_campaign: the tab original and the semicolon+BOM+CRLF copy give the same table', async () => {
    const tab = await readDelimited(sharedData('marketing_campaign.csv'));
    const semi = await readDelimited(sharedData('marketing_campaign_semicolon_bom.csv'));
    expect([tab.delimiter, semi.delimiter, tab.rowCount, semi.rowCount]).toEqual(['\t', ';', 2240, 2240]);
    expect(semi.names).toEqual(tab.names);
    expect(tab.names[0]).toBe('ID');
    expect(nulls(column(tab, 'Income'))).toBe(24);
    expect(nulls(column(semi, 'Income'))).toBe(24);
    expect(sum(column(tab, 'Income'))).toBe(115779909);
    for (const name of tab.names.filter((n) => n !== 'Dt_Customer')) {
      const a = column(tab, name);
      const b = column(semi, name);
      const av = a.values();
      const bv = b.values();
      // The tab original has trailing spaces on some lines ("0 "); the cells are the same values.
      const rowsA = [...a.finishCodes()].map((c) => (c < 0 ? null : av[c].trim()));
      const rowsB = [...b.finishCodes()].map((c) => (c < 0 ? null : bv[c].trim()));
      expect(rowsB, name).toEqual(rowsA);
    }
  });

  it('Tmall orders: the GBK copy reads exactly like the UTF-8 original, headers trimmed', async () => {
    const utf8 = await readDelimited(sharedData('tmall_order_report.csv'));
    const gbk = await readDelimited(sharedData('tmall_order_report_gbk.csv'));
    expect([utf8.encoding, gbk.encoding]).toEqual(['utf-8', 'gb18030']);
    expect(gbk.names).toEqual(TMALL_ORDER_COLUMNS);
    expect(utf8.names).toEqual(gbk.names);
    expect(gbk.rowCount).toBe(28010);
    for (let c = 0; c < gbk.names.length; c++)
      expect(texts(gbk.columns[c]).values(), gbk.names[c]).toEqual(texts(utf8.columns[c]).values());
    expect(column(gbk, '收货地址').size).toBe(31);
    expect(nulls(column(gbk, '订单付款时间'))).toBe(3923);
    expect(sum(column(gbk, '总金额'))).toBeCloseTo(2995760.61, 2);
    expect(column(gbk, '收货地址').values()).toContain('上海');
  });

  it('rfm_data_customer.csv.gz and Mall_Customers.csv', async () => {
    const customers = await readDelimited(sharedData('rfm_data_customer.csv.gz'));
    expect(customers.rowCount).toBe(39999);
    expect(sum(column(customers, 'revenue'))).toBe(37537400);
    const mall = await readDelimited(sharedData('Mall_Customers.csv'));
    expect(mall.rowCount).toBe(200);
    expect(column(mall, 'CustomerID').values().slice(0, 2)).toEqual(['0001', '0002']);
  });

  it('reads only the first rows for a preview', async () => {
    const t = await readDelimited(sharedData('online_retail_uci.csv.gz'), { maxRows: 1000 });
    expect([t.rowCount, t.truncated]).toEqual([1000, true]);
  });

  it('counts ragged rows instead of failing, with their line numbers', async () => {
    const file = join(tempDir(), 'ragged.csv');
    writeFileSync(file, 'a,b,c\n1,2,3\n4,5\n6,7,8,9\n10,11,12\n');
    const t = await readDelimited(file);
    expect(t.rowCount).toBe(4);
    expect(t.shortRows).toEqual({ count: 1, lines: [3], rows: [1] });
    expect(t.longRows).toEqual({ count: 1, lines: [4], rows: [2] });
    expect([...column(t, 'c').finishCodes()]).toEqual([0, -1, 1, 2]);
  });

  it('fails with a code on empty, unreadable and damaged compressed files', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'empty.csv'), '');
    await expect(readDelimited(join(dir, 'empty.csv'))).rejects.toMatchObject({ code: 'E_EMPTY_FILE' });
    await expect(readDelimited(join(dir, 'missing.csv'))).rejects.toMatchObject({ code: 'E_FILE_NOT_FOUND' });
    writeFileSync(join(dir, 'bad.csv.gz'), Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3, 4, 5]));
    // Deflate data that cannot be inflated: the compressed file's data is corrupt.
    await expect(readDelimited(join(dir, 'bad.csv.gz'))).rejects.toMatchObject({ code: 'E_BAD_GZIP' });
    await expect(readDelimited(dir)).rejects.toMatchObject({ code: 'E_READ_FAILED' });
  });
});
