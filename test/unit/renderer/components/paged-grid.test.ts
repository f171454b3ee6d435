import { tableFromArrays, tableToIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { nextGridQuery, pageRows } from '../../../../src/renderer/src/components/paged-grid';

describe('pageRows', () => {
  it('reads a page of Arrow IPC rows, keyed by their place in the whole result', () => {
    const arrow = tableToIPC(
      tableFromArrays({ customerId: ['C-7', 'C-9'], monetary: Float64Array.from([1488, 12.5]) }),
      'stream',
    );
    const { table, rows } = pageRows(arrow, 100);
    expect(table.schema.fields.map((f) => f.name)).toEqual(['customerId', 'monetary']);
    expect(rows).toEqual([
      { __key: 100, customerId: 'C-7', monetary: 1488 },
      { __key: 101, customerId: 'C-9', monetary: 12.5 },
    ]);
  });
});

describe('nextGridQuery', () => {
  const q = { page: 3, search: 'Kizzy', sortColumn: 'monetary', sortDesc: true, segment: 2 };

  it('moves to another page under the same sort, keeping the search and the rest of the query', () => {
    expect(nextGridQuery(q, { current: 4 }, { order: 'descend', columnKey: 'monetary' })).toEqual({
      page: 4,
      search: 'Kizzy',
      sortColumn: 'monetary',
      sortDesc: true,
      segment: 2,
    });
  });

  it('starts a new sort (another column or direction) at page 1', () => {
    expect(nextGridQuery(q, { current: 3 }, { order: 'ascend', columnKey: 'recency' })).toEqual({
      ...q,
      page: 1,
      sortColumn: 'recency',
      sortDesc: false,
    });
    expect(nextGridQuery(q, { current: 3 }, [{ order: 'ascend', columnKey: 'monetary' }])).toEqual({
      ...q,
      page: 1,
      sortColumn: 'monetary',
      sortDesc: false,
    });
  });

  it('drops the sort when the header is clicked a third time, back at page 1', () => {
    expect(nextGridQuery(q, { current: 3 }, { order: undefined, columnKey: 'monetary' })).toEqual({
      ...q,
      page: 1,
      sortColumn: undefined,
      sortDesc: false,
    });
  });
});
