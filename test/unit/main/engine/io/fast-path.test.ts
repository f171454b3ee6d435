import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ParsedColumn } from '../../../../../src/main/engine/io/parsed-column';
import { memoryByteStream } from '../../../../../src/main/engine/io/open-byte-stream';
import { prepareDataset } from '../../../../../src/main/engine/io/prepare-dataset';
import { readDelimited } from '../../../../../src/main/engine/io/read-delimited';
import { columnArrays, integerIds } from '../../../../../src/main/engine/table/column-arrays';
import { KIND_KEY } from '../../../../../src/main/engine/table/table-data';
import { sharedData, tempDir } from '../../../../helpers/paths';
import { texts } from '../../../../helpers/raw-texts';

const NOW = Date.UTC(2026, 10, 24);

/** What a column stores, as digests of its bytes: numbers' doubles; texts' codes and dictionary bytes and offsets. */
function stored(arrays: ReturnType<typeof columnArrays>) {
  const digest = (a: ArrayBufferView) =>
    createHash('sha256')
      .update(Buffer.from(a.buffer, a.byteOffset, a.byteLength))
      .digest('hex');
  if (arrays.type === 'number') return { type: arrays.type, values: digest(arrays.values) };
  if (arrays.type !== 'dictionary') return { type: arrays.type };
  const d = arrays.dictionary;
  const words =
    Buffer.from(d.bytes.subarray(d.offsets[0], d.offsets[d.size])).toString() +
    d.offsets.map((o) => o - d.offsets[0]).join();
  return { type: arrays.type, codes: digest(arrays.codes), words };
}

/** Reads a file both ways and checks that what is stored and reported is the same, byte for byte. */
async function bothWays(file: string) {
  const fast = await readDelimited(file);
  const general = await readDelimited(file, { fastPath: false });
  const a = prepareDataset(fast, { now: NOW, fallbackCurrency: 'USD' });
  const b = prepareDataset(general, { now: NOW, fallbackCurrency: 'USD' });
  expect(a.columns).toEqual(b.columns);
  expect(a.quality).toEqual(b.quality);
  expect([a.kind, a.roles, a.currency]).toEqual([b.kind, b.roles, b.currency]);
  // The same columns and kinds; the Arrow types too, except that ids of plain integers are stored as numbers on the fast path.
  const described = (t: typeof a.table, numericIds: boolean) =>
    t.schema.fields.map(
      (f) =>
        `${f.name}: ${numericIds && f.metadata.get(KIND_KEY) === 'id' && integerIds(t, t.schema.fields.indexOf(f)) ? 'Dictionary<Int32, Utf8>' : String(f.type)} ${f.metadata.get(KIND_KEY)}`,
    );
  expect(described(a.table, true)).toEqual(described(b.table, false));
  a.table.schema.fields.forEach((field, i) => {
    expect(stored(columnArrays(a.table, i)), field.name).toEqual(stored(columnArrays(b.table, i)));
  });
  for (let c = 0; c < fast.columns.length; c++) {
    expect(texts(fast.columns[c]).values(), fast.names[c]).toEqual(texts(general.columns[c]).values());
  }
  return fast.names.filter((_, c) => fast.columns[c] instanceof ParsedColumn);
}

describe('the typed fast path', () => {
  it('gives exactly what the general path gives on the real files', async () => {
    expect(await bothWays(sharedData('online_retail_uci.csv.gz'))).toEqual([
      'Quantity',
      'InvoiceDate',
      'UnitPrice',
      'CustomerID',
    ]);
    expect(await bothWays(sharedData('rfm_data_orders.csv'))).toEqual(['order_date', 'revenue']);
    expect(await bothWays(sharedData('tmall_order_report.csv'))).toEqual([
      '订单编号',
      '总金额',
      '买家实际支付金额',
      '订单创建时间',
      '订单付款时间',
      '退款金额',
    ]);
    expect(await bothWays(sharedData('marketing_campaign_semicolon_bom.csv'))).toContain('Dt_Customer');
    // CDNOW: zero-padded ids and YYYYMMDD dates stay on the general path.
    expect(await bothWays(sharedData('CDNOW_master.txt'))).toEqual(['number_of_cds', 'dollar_value']);
  });

  it('turns a column back into exact texts when a cell after the sample does not fit', async () => {
    const dir = tempDir();
    const rows = ['id,size,when'];
    for (let i = 0; i < 5000; i++)
      rows.push(`${i + 1},${(i % 7) + 0.5},2024-01-${String((i % 28) + 1).padStart(2, '0')}`);
    rows.push('5001,XL,2024-02-30', '5002,1.50,2024-03-01 10:00');
    const file = join(dir, 'late.csv');
    writeFileSync(file, `${rows.join('\n')}\n`);
    const raw = await readDelimited(file);
    expect(raw.columns.map((c) => c instanceof ParsedColumn)).toEqual([true, false, false]);
    expect(texts(raw.columns[1]).values().slice(-2)).toEqual(['XL', '1.50']);
    expect(texts(raw.columns[2]).values().slice(-2)).toEqual(['2024-02-30', '2024-03-01 10:00']);
    await bothWays(file);
  });

  it('reads plain records in one pass and leaves every other record to the scanner, with the same rows, lines and ragged rows, at any chunk size', async () => {
    // Enough plain rows for the plan, then every kind of record the fused path must hand over.
    const head = Array.from(
      { length: 2000 },
      (_, i) =>
        `${i + 1},${(i % 97) + 0.25},2024-02-${String((i % 28) + 1).padStart(2, '0')},${i % 3 ? 'web' : 'store'}`,
    );
    const odd = [
      '2001,1.5,2024-03-01,"quoted, with comma"',
      '2002,,2024-03-02,',
      '',
      '2003,7,,web',
      '2004,8\r',
      '2005,9.75,2024-03-05,store,extra',
      '2006,12abc,2024-03-06,web',
      '2007,-0.5,2024-03-07 10:30:00,web\r',
      '2008,3,2024-03-08,"say ""hi"""',
      '2009,4,2024-3-9,web',
    ];
    const tail = Array.from(
      { length: 3000 },
      (_, i) => `${3000 + i},${i % 50},2024-04-${String((i % 28) + 1).padStart(2, '0')},web`,
    );
    const csv = `id,amount,day,channel\n${[...head, ...odd, ...tail].join('\n')}\n2999,5,2024-05-01,last`;
    const bytes = Buffer.from(csv);
    const general = await readDelimited(memoryByteStream(bytes), { fastPath: false });
    for (const chunk of [1 << 20, 4096, 777]) {
      const fast = await readDelimited(memoryByteStream(bytes, chunk));
      expect(fast.columns[0]).toBeInstanceOf(ParsedColumn);
      expect(fast.rowCount).toBe(general.rowCount);
      expect([...fast.lines]).toEqual([...general.lines]);
      expect([fast.shortRows, fast.longRows]).toEqual([general.shortRows, general.longRows]);
      for (let c = 0; c < general.columns.length; c++) {
        const a = texts(fast.columns[c]);
        const b = texts(general.columns[c]);
        expect(a.values(), `${general.names[c]} at chunk ${chunk}`).toEqual(b.values());
        expect([...a.finishCodes()]).toEqual([...b.finishCodes()]);
      }
    }
    expect(general.rowCount).toBe(2000 + 9 + 3000 + 1);
    expect(general.shortRows.count).toBe(1);
    expect(general.longRows.count).toBe(1);
  });
});
