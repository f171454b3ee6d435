import type { Table } from 'apache-arrow';
import { AppError } from '../../../shared/errors';
import type { Role } from '../../../shared/roles';
import { columnArrays } from '../table/column-arrays';

/** The index of the column named `name` (-1 when there is none or no name). */
export function columnIndex(table: Table, name: string | undefined): number {
  return name === undefined ? -1 : table.schema.fields.findIndex((f) => f.name === name);
}

/** The numbers of the column mapped to `role` (dates as UTC ms; NaN for missing), or null when none is mapped. */
export function roleNumbers(table: Table, name: string | undefined, role: Role): Float64Array | null {
  const index = columnIndex(table, name);
  if (index < 0) return null;
  const arrays = columnArrays(table, index);
  if (arrays.type === 'number') return arrays.values;
  // A column left wholly empty has no type to speak of: every value is missing.
  if (table.getChildAt(index)!.nullCount === table.numRows) return new Float64Array(table.numRows).fill(Number.NaN);
  throw new AppError('E_INVALID_INPUT', `The column "${name}" mapped to ${role} does not hold numbers.`, {
    role,
    column: name,
  });
}
