import { tableFromIPC, tableToIPC } from 'apache-arrow';
import { beforeAll, describe, expect, it } from 'vitest';
import { memoryByteStream } from '../../../../../src/main/engine/io/open-byte-stream';
import { ParsedColumn } from '../../../../../src/main/engine/io/parsed-column';
import { readDelimited } from '../../../../../src/main/engine/io/read-delimited';
import { KIND_KEY, toTypedTable, type TypedTable } from '../../../../../src/main/engine/io/to-typed-table';
import { columnArrays } from '../../../../../src/main/engine/table/column-arrays';
import { floats, kinds, sum } from '../../../../helpers/arrow';
import { sharedData } from '../../../../helpers/paths';
import { ONLINE_RETAIL_KINDS } from '../../../../helpers/online-retail';

const iso = (ms: number) => new Date(ms).toISOString();
function extent(values: Float64Array): [string, string] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (Number.isNaN(v)) continue;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  return [iso(lo), iso(hi)];
}

describe('toTypedTable on the real files', () => {
  let retail: TypedTable;
  beforeAll(async () => {
    retail = toTypedTable(await readDelimited(sharedData('online_retail_uci.csv.gz')));
  });

  it('Online Retail: types, sums and date range match the dataset README', () => {
    expect(kinds(retail)).toEqual(ONLINE_RETAIL_KINDS);
    const t = retail.table;
    expect(t.numRows).toBe(541909);
    expect(sum(floats(t, 'Quantity'))).toBe(5176450);
    const q = floats(t, 'Quantity');
    const p = floats(t, 'UnitPrice');
    let revenue = 0;
    for (let i = 0; i < q.length; i++) revenue += q[i] * p[i];
    expect(revenue).toBeCloseTo(9747747.93, 1);
    expect(extent(floats(t, 'InvoiceDate'))).toEqual(['2010-12-01T08:26:00.000Z', '2011-12-09T12:50:00.000Z']);
    expect(t.getChild('CustomerID')!.nullCount).toBe(135080);
    expect(retail.columns.find((c) => c.name === 'Description')!.missing).toBe(1454);
    expect(retail.columns.every((c) => c.unparsable.count === 0)).toBe(true);
  });

  it('CDNOW: YYYYMMDD dates and zero-padded ids', async () => {
    const cd = toTypedTable(await readDelimited(sharedData('CDNOW_master.txt')));
    expect(kinds(cd)).toEqual({ customer_id: 'id', date: 'date', number_of_cds: 'integer', dollar_value: 'decimal' });
    expect(extent(floats(cd.table, 'date'))).toEqual(['1997-01-01T00:00:00.000Z', '1998-06-30T00:00:00.000Z']);
    expect(cd.table.getChild('customer_id')!.get(0)).toBe('00001');
    expect(sum(floats(cd.table, 'dollar_value'))).toBeCloseTo(2500315.63, 2);
  });

  it('marketing_campaign: DD-MM-YYYY in the tab file and ISO in the semicolon file give the same dates', async () => {
    const tab = toTypedTable(await readDelimited(sharedData('marketing_campaign.csv')));
    const semi = toTypedTable(await readDelimited(sharedData('marketing_campaign_semicolon_bom.csv')));
    expect(tab.columns.find((c) => c.name === 'Dt_Customer')!.spec).toEqual({
      kind: 'date',
      date: { pattern: 'dmy', hasTime: false, ambiguous: false },
    });
    expect(semi.columns.find((c) => c.name === 'Dt_Customer')!.spec).toEqual({
      kind: 'date',
      date: { pattern: 'ymd', hasTime: false, ambiguous: false },
    });
    expect([...floats(tab.table, 'Dt_Customer')]).toEqual([...floats(semi.table, 'Dt_Customer')]);
    expect(extent(floats(tab.table, 'Dt_Customer'))).toEqual(['2012-07-30T00:00:00.000Z', '2014-06-29T00:00:00.000Z']);
    expect(kinds(tab)).toEqual(kinds(semi));
    expect(kinds(tab)).toMatchObject({
      ID: 'integer',
      Education: 'category',
      Marital_Status: 'category',
      Income: 'integer',
      Response: 'integer',
    });
    expect(sum(floats(tab.table, 'Income'))).toBe(115779909);
    expect(sum(floats(tab.table, 'Response'))).toBe(334);
    for (const name of tab.columns.map((c) => c.name)) {
      expect(JSON.stringify(semi.table.getChild(name)!.toArray()), name).toBe(
        JSON.stringify(tab.table.getChild(name)!.toArray()),
      );
    }
  });

  it('Tmall (GBK): Chinese categories, datetimes and money', async () => {
    const tm = toTypedTable(await readDelimited(sharedData('tmall_order_report_gbk.csv')));
    expect(kinds(tm)).toEqual({
      订单编号: 'integer',
      总金额: 'decimal',
      买家实际支付金额: 'decimal',
      收货地址: 'category',
      订单创建时间: 'datetime',
      订单付款时间: 'datetime',
      退款金额: 'decimal',
    });
    expect(sum(floats(tm.table, '买家实际支付金额'))).toBeCloseTo(1902487.15, 2);
    expect(sum(floats(tm.table, '退款金额'))).toBeCloseTo(572335.92, 2);
    expect(extent(floats(tm.table, '订单付款时间'))).toEqual(['2020-02-01T00:14:20.000Z', '2020-03-01T19:25:42.000Z']);
    expect(tm.table.getChild('收货地址')!.get(0)).toBe('上海');
  });

  it('Mall_Customers: ids stay 0001, Genre is a category, ages are integers', async () => {
    const mall = toTypedTable(await readDelimited(sharedData('Mall_Customers.csv')));
    expect(kinds(mall)).toEqual({
      CustomerID: 'id',
      Genre: 'category',
      Age: 'integer',
      'Annual Income (k$)': 'integer',
      'Spending Score (1-100)': 'integer',
    });
    expect(sum(floats(mall.table, 'Age')) / 200).toBeCloseTo(38.85, 2);
  });

  it('applies a type the user chose and counts the cells that do not fit', async () => {
    const raw = await readDelimited(sharedData('tmall_order_report.csv'), { maxRows: 1000 });
    const t = toTypedTable(raw, { 总金额: 'text', 收货地址: 'integer' });
    expect(kinds(t)).toMatchObject({ 总金额: 'text', 收货地址: 'integer' });
    expect(t.table.getChild('总金额')!.get(0)).toBe('178.8');
    const address = t.columns.find((c) => c.name === '收货地址')!;
    expect(address.unparsable).toEqual({ count: 1000, lines: [2, 3, 4] });
    expect(t.table.getChild('收货地址')!.nullCount).toBe(1000);
  });

  it('keeps each column’s kind in the Arrow schema through IPC', () => {
    const back = tableFromIPC(tableToIPC(retail.table.slice(0, 10)));
    expect(back.schema.fields.map((f) => f.metadata.get(KIND_KEY))).toEqual(retail.columns.map((c) => c.spec.kind));
    expect(back.getChild('Country')!.get(0)).toBe('United Kingdom');
  });
});

describe('integer ids read on the fast path', () => {
  it('are written as the same digits the general path keeps, for every width, sign and the 10^8 boundary', async () => {
    const ids = [
      '0',
      '7',
      '-3',
      '10',
      '99',
      '100',
      '99999999',
      '100000000',
      '100000001',
      '-100000001',
      '123456789012345',
      '999999999999999',
      '20000000',
      '7',
    ];
    const csv = `customer_id,amount\n${ids.map((id, i) => `${id},${i}`).join('\n')}\n,99\n`;
    const stream = () => memoryByteStream(Buffer.from(csv));
    const fastRaw = await readDelimited(stream());
    expect(fastRaw.columns[0]).toBeInstanceOf(ParsedColumn);
    const fast = toTypedTable(fastRaw, { customer_id: 'id' });
    const general = toTypedTable(await readDelimited(stream(), { fastPath: false }), { customer_id: 'id' });
    // Stored as numbers on the fast path, seen as the same id texts.
    expect(String(fast.table.schema.fields[0].type)).toBe('Float64');
    expect(String(general.table.schema.fields[0].type)).toBe('Dictionary<Int32, Utf8>');
    const texts = (t: TypedTable) => {
      const arrays = columnArrays(t.table, 0);
      if (arrays.type !== 'dictionary') throw new Error('an id column is seen as a dictionary');
      const { codes, dictionary: d } = arrays;
      return Array.from(codes, (c) =>
        c < 0 ? null : Buffer.from(d.bytes.subarray(d.offsets[c], d.offsets[c + 1])).toString(),
      );
    };
    expect(texts(fast)).toEqual([...ids, null]);
    expect(texts(general)).toEqual([...ids, null]);
  });
});
