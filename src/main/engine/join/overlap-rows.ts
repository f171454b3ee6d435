import type { Table } from 'apache-arrow';
import { columnArrays, dictionaryTexts } from '../table/column-arrays';
import { KIND_KEY } from '../table/table-data';

/** Order-line keys: the order id and how many times it has occurred before in the same table (line 0, 1, …). */
function orderLineKeys(table: Table, orderColumn: string): string[] {
  const arrays = columnArrays(
    table,
    table.schema.fields.findIndex((f) => f.name === orderColumn),
  );
  if (arrays.type !== 'dictionary') throw new Error('order id column must be an id column');
  const { codes, dictionary } = arrays;
  const text = dictionaryTexts(dictionary);
  const seen = new Int32Array(dictionary.size);
  return Array.from(codes, (c) => (c < 0 ? '' : `${text[c]}\u0000${seen[c]++}`));
}

/** Whole-row keys over the given columns (for files without an order id); ids as texts, however stored. */
function rowKeys(table: Table, columns: readonly string[]): string[] {
  const cells = columns.map((name) => {
    const index = table.schema.fields.findIndex((f) => f.name === name);
    const vector = table.getChildAt(index)!;
    if (table.schema.fields[index].metadata.get(KIND_KEY) !== 'id') return (r: number) => vector.get(r) as unknown;
    const arrays = columnArrays(table, index);
    if (arrays.type !== 'dictionary') throw new Error('id columns are dictionaries');
    const text = dictionaryTexts(arrays.dictionary);
    return (r: number) => (arrays.codes[r] < 0 ? null : text[arrays.codes[r]]);
  });
  return Array.from({ length: table.numRows }, (_, r) => JSON.stringify(cells.map((cell) => cell(r))));
}

/**
 * Marks the rows of a newer export that the dataset already holds: the same order id and
 * line when there is an order id, else an identical row. Returns 1 for each row to add.
 */
export function newRows(
  existing: Table,
  incoming: Table,
  orderColumn: string | undefined,
  columns: readonly string[],
): { add: Uint8Array; overlap: number } {
  const keysOf = (t: Table) => (orderColumn ? orderLineKeys(t, orderColumn) : rowKeys(t, columns));
  const have = new Set(keysOf(existing));
  const add = new Uint8Array(incoming.numRows);
  let overlap = 0;
  keysOf(incoming).forEach((key, r) => {
    if (key !== '' && have.has(key)) overlap++;
    else add[r] = 1;
  });
  return { add, overlap };
}
