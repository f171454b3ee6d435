import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Table } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { prepareDataset, type PreparedDataset } from '../../../../../src/main/engine/io/prepare-dataset';
import { readTable } from '../../../../../src/main/engine/io/read-table';
import { rowOrder } from '../../../../../src/main/engine/explore/row-order';
import { newRows } from '../../../../../src/main/engine/join/overlap-rows';
import { matchCustomers } from '../../../../../src/main/engine/join/match-customers';
import { columnArrays, integerIds } from '../../../../../src/main/engine/table/column-arrays';
import { concatTables } from '../../../../../src/main/engine/table/concat-tables';
import { tempDir } from '../../../../helpers/paths';

const NOW = Date.UTC(2026, 10, 24);
const dir = tempDir();

const ORDER_ROLES = { customerId: 'customer_id', orderId: 'order_id', orderDate: 'order_date', amount: 'amount' };

async function prepare(
  name: string,
  lines: string[],
  options: { fastPath?: boolean; kind?: 'transactions' | 'customers' } = {},
): Promise<PreparedDataset> {
  const file = join(dir, name);
  writeFileSync(file, `${lines.join('\n')}\n`);
  const raw = await readTable(file, { fastPath: options.fastPath });
  const kind = options.kind ?? 'transactions';
  return prepareDataset(raw, {
    now: NOW,
    fallbackCurrency: 'USD',
    kind,
    roles: kind === 'transactions' ? ORDER_ROLES : { customerId: 'customer_id' },
  });
}

/** An id column's texts per row, through the dictionary view every consumer uses. */
function idTexts(table: Table, name: string): (string | null)[] {
  const arrays = columnArrays(
    table,
    table.schema.fields.findIndex((f) => f.name === name),
  );
  if (arrays.type !== 'dictionary') throw new Error(`${name} is not seen as a dictionary`);
  const { codes, dictionary: d } = arrays;
  return Array.from(codes, (c) =>
    c < 0 ? null : Buffer.from(d.bytes.subarray(d.offsets[c], d.offsets[c + 1])).toString(),
  );
}

const ORDERS = [
  'customer_id,order_id,order_date,amount',
  '17850,536365,2024-01-05,10.5',
  ',536366,2024-01-05,3',
  '13047,536367,2024-01-06,7',
  '13047,536367,2024-01-06,7',
  '100,536368,2024-01-07,1',
  '99,536369,2024-01-07,2',
];

describe('id columns of plain integers, stored as numbers', () => {
  it('are stored as numbers, seen as the same texts, and checked like text ids (missing ids, repeats, examples as text)', async () => {
    const fast = await prepare('orders.csv', ORDERS);
    const general = await prepare('orders.csv', ORDERS, { fastPath: false });
    const id = fast.table.schema.fields.findIndex((f) => f.name === 'customer_id');
    expect(integerIds(fast.table, id)).not.toBeNull();
    expect(integerIds(general.table, id)).toBeNull();
    expect(idTexts(fast.table, 'customer_id')).toEqual(['17850', '13047', '13047', '100', '99']);
    expect(idTexts(fast.table, 'customer_id')).toEqual(idTexts(general.table, 'customer_id'));
    expect(idTexts(fast.table, 'order_id')).toEqual(idTexts(general.table, 'order_id'));
    // The same report both ways: the repeated row is found (the order ids are not all distinct), the missing id is dropped.
    expect(fast.quality).toEqual(general.quality);
    expect(fast.quality.issues.map((i) => [i.code, i.count, i.policy])).toEqual([
      ['missing_customer_id', 1, 'drop'],
      ['duplicate_row', 1, 'flag'],
    ]);
    expect(fast.quality.issues[1].examples[0].values).toMatchObject({ customer_id: '13047', order_id: '536367' });
  });

  it('finds repeated customer ids in a customers dataset', async () => {
    const p = await prepare('customers.csv', ['customer_id,age', '1,30', '2,41', '2,41', '3,25', '1,33'], {
      kind: 'customers',
    });
    expect(integerIds(p.table, 0)).not.toBeNull();
    expect(p.quality.issues.map((i) => [i.code, i.count, i.examples.map((e) => e.line)])).toEqual([
      ['duplicate_row', 1, [4]],
      ['duplicate_customer_id', 2, [4, 6]],
    ]);
  });

  it('sort as numbers (99 before 100) and are found by a text search', async () => {
    const p = await prepare('orders.csv', ORDERS);
    const ids = integerIds(p.table, 0)!;
    const sorted = rowOrder(p.table, { sortColumn: 'customer_id', columns: ['customer_id'] });
    expect(Array.from(sorted, (r) => ids[r])).toEqual([99, 100, 13047, 13047, 17850]);
    const found = rowOrder(p.table, { search: '1304', columns: ['customer_id'] });
    expect(Array.from(found, (r) => ids[r])).toEqual([13047, 13047]);
    // The same order when the ids are stored as texts (a spreadsheet, an older workspace).
    const texts = await prepare('orders.csv', ORDERS, { fastPath: false });
    expect(
      Array.from(
        rowOrder(texts.table, { sortColumn: 'customer_id', columns: ['customer_id'] }),
        (r) => idTexts(texts.table, 'customer_id')[r],
      ),
    ).toEqual(['99', '100', '13047', '13047', '17850']);
  });

  it('append and join with ids stored as texts (an older dataset, a spreadsheet)', async () => {
    const numbers = await prepare('orders.csv', ORDERS);
    const texts = await prepare('orders.csv', ORDERS, { fastPath: false });
    const later = await prepare('later.csv', [
      'customer_id,order_id,order_date,amount',
      '99,536369,2024-01-07,2',
      '555,536370,2024-01-08,4',
    ]);
    // The row already held is overlap whichever way either side stores its ids, by order line or by whole row.
    for (const existing of [numbers, texts]) {
      expect(newRows(existing.table, later.table, 'order_id', ['customer_id', 'order_id']).overlap).toBe(1);
      expect(
        newRows(existing.table, later.table, undefined, ['customer_id', 'order_id', 'order_date', 'amount']).overlap,
      ).toBe(1);
    }
    const mixed = concatTables(texts.table, later.table);
    expect(String(mixed.schema.fields[0].type)).toBe('Dictionary<Int32, Utf8>');
    expect(idTexts(mixed, 'customer_id')).toEqual(['17850', '13047', '13047', '100', '99', '99', '555']);
    const both = concatTables(numbers.table, later.table);
    expect(String(both.schema.fields[0].type)).toBe('Float64');
    expect(idTexts(both, 'customer_id')).toEqual(idTexts(mixed, 'customer_id'));
    const customers = await prepare('customers.csv', ['customer_id,age', '13047,30', '99,41'], { kind: 'customers' });
    const asTexts = await prepare('customers.csv', ['customer_id,age', '13047,30', '99,41'], {
      kind: 'customers',
      fastPath: false,
    });
    expect(matchCustomers(numbers.table, 'customer_id', asTexts.table, 'customer_id').stats).toEqual(
      matchCustomers(texts.table, 'customer_id', customers.table, 'customer_id').stats,
    );
    expect(Array.from(matchCustomers(numbers.table, 'customer_id', asTexts.table, 'customer_id').customerRow)).toEqual([
      -1, 0, 0, -1, 1,
    ]);
  });
});
