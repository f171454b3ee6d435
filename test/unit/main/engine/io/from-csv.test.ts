import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { fromCsv } from '../../../../../src/main/engine/io/from-csv';
import { toArrowBatches } from '../../../../../src/main/engine/io/to-arrow-batches';
import { resourcesDir, sharedData, tempDir } from '../../../../helpers/paths';

describe('fromCsv + toArrowBatches', () => {
  it('reads rfm_data_orders.csv: 4,906 rows, 995 customers, revenue 464,158', async () => {
    const table = await fromCsv(sharedData('rfm_data_orders.csv'));
    expect(table.rowCount).toBe(4906);
    expect(table.names).toEqual(['customer_id', 'order_date', 'revenue', 'first_name', 'last_name', 'email']);
    expect(new Set(table.columns[0]).size).toBe(995);
    const { columns, batches } = toArrowBatches(table, 2000);
    expect(batches.map((b) => b.rowCount)).toEqual([2000, 2000, 906]);
    let sum = 0;
    for (const b of batches) {
      const t = tableFromIPC(b.ipc);
      for (const v of t.getChild('revenue')!.toArray() as Float64Array) sum += v;
    }
    expect(sum).toBe(464158);
    expect(columns.every((c) => c.nullCount === 0)).toBe(true);
  });

  it('keeps zero-padded ids as text and counts empty cells as nulls (Mall_Customers.csv, CRLF, no final newline)', async () => {
    const table = await fromCsv(sharedData('Mall_Customers.csv'));
    expect(table.rowCount).toBe(200);
    const { columns, batches } = toArrowBatches(table);
    expect(columns.map((c) => `${c.name}:${c.type}`)).toEqual([
      'CustomerID:text',
      'Genre:text',
      'Age:number',
      'Annual Income (k$):number',
      'Spending Score (1-100):number',
    ]);
    const t = tableFromIPC(batches[0].ipc);
    expect(t.get(0)!.toJSON().CustomerID).toBe('0001');
    const income = t.getChild('Annual Income (k$)')!.toArray() as Float64Array;
    expect(income.reduce((a, b) => a + b, 0)).toBe(12112);
  });

  it('reads the shipped demo data', async () => {
    const table = await fromCsv(join(resourcesDir, 'demo', 'orders.csv'));
    expect(table.names).toEqual(['order_id', 'customer_id', 'order_date', 'amount', 'channel', 'category', 'city']);
    expect(new Set(table.columns[1]).size).toBe(400);
    expect(table.rowCount).toBe(2308);
  });

  it('reports missing files, empty files and ragged rows with codes', async () => {
    const dir = tempDir();
    await expect(fromCsv(join(dir, 'missing.csv'))).rejects.toMatchObject({ code: 'E_FILE_NOT_FOUND' });
    writeFileSync(join(dir, 'empty.csv'), '');
    await expect(fromCsv(join(dir, 'empty.csv'))).rejects.toMatchObject({ code: 'E_EMPTY_FILE' });
    writeFileSync(join(dir, 'ragged.csv'), 'a,b\n1,2\n3,4,5\n');
    await expect(fromCsv(join(dir, 'ragged.csv'))).rejects.toMatchObject({ code: 'E_BAD_CSV', details: { row: 3 } });
  });

  it('names blank and duplicate headers and strips a UTF-8 BOM', async () => {
    const file = join(tempDir(), 'h.csv');
    writeFileSync(file, '\uFEFFid,,id\n1,2,3\n');
    const table = await fromCsv(file);
    expect(table.names).toEqual(['id', 'column_2', 'id_2']);
  });
});
