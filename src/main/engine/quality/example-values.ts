import type { Table } from 'apache-arrow';
import { KIND_KEY } from '../table/table-data';

/** A row's values by column name, for an issue's example (an id as text, also when stored as a number). */
export function exampleValues(table: Table, row: number): Record<string, string | number | boolean | null> {
  const out: Record<string, string | number | boolean | null> = {};
  table.schema.fields.forEach((f, i) => {
    const v = table.getChildAt(i)!.get(row) as unknown;
    // An id is text, also when stored as a number.
    out[f.name] =
      v === undefined || v === null
        ? null
        : typeof v === 'number' && f.metadata.get(KIND_KEY) === 'id'
          ? String(v)
          : (v as string | number | boolean);
  });
  return out;
}
