import type { Table } from 'apache-arrow';
import { ParsedColumn } from '../io/parsed-column';
import type { RawTable } from '../io/raw-table';
import { KIND_KEY } from '../table/table-data';

/** The cell as written, where typing left it empty (an unreadable "1e400" or "NaN"); null for an empty cell. */
function writtenText(raw: RawTable, column: number, row: number): string | null {
  const source = raw.columns[column];
  // A cell read on the typed fast path always has its value: empty when it has none.
  if (!source || source instanceof ParsedColumn) return null;
  const code = source.finishCodes()[row];
  return code >= 0 ? source.textOf(code) : null;
}

/**
 * A row's values by column name, for an issue's example (an id as text, also when stored as a
 * number; a cell the typing could not read, as written).
 */
export function exampleValues(
  table: Table,
  row: number,
  raw: RawTable,
): Record<string, string | number | boolean | null> {
  const out: Record<string, string | number | boolean | null> = {};
  table.schema.fields.forEach((f, i) => {
    const v = table.getChildAt(i)!.get(row) as unknown;
    out[f.name] =
      v === undefined || v === null
        ? writtenText(raw, i, row)
        : typeof v === 'number' && f.metadata.get(KIND_KEY) === 'id'
          ? String(v)
          : (v as string | number | boolean);
  });
  return out;
}
