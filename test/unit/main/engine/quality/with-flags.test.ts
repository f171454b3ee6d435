import { describe, expect, it } from 'vitest';
import { toTypedTable } from '../../../../../src/main/engine/io/to-typed-table';
import { FLAGS_COLUMN, withFlags } from '../../../../../src/main/engine/quality/with-flags';
import { KIND_KEY } from '../../../../../src/main/engine/table/table-data';
import { readCsvText } from '../../../../helpers/csv-text';

describe('withFlags', () => {
  it('adds the flags as a hidden Int32 column after the others, keeping theirs', async () => {
    const { table } = toTypedTable(await readCsvText('id,amount\na,1\nb,2\nc,3\n'), { id: 'id' });
    const flagged = withFlags(table, Int32Array.from([0, 5, 1 << 12]));
    expect(flagged.schema.fields.map((f) => f.name)).toEqual(['id', 'amount', FLAGS_COLUMN]);
    expect(flagged.schema.fields[2].metadata.get(KIND_KEY)).toBe('flags');
    expect([...(flagged.getChild(FLAGS_COLUMN)!.toArray() as Int32Array)]).toEqual([0, 5, 4096]);
    expect(flagged.toArray().map((row) => [row.id, row.amount])).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ]);
  });
});
