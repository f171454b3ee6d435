import { DataType, tableFromIPC, type Decimal, type Table } from 'apache-arrow';
import { AppError } from '../../../shared/errors';
import { decimalText } from './decimal-text';
import type { RawTable, RowOptions } from './raw-table';
import { plainSource } from './plain-source';
import { RawTableBuilder } from './raw-table-builder';
import { valueText } from './value-text';

/** How a column's values become cell texts: decimals exactly, with their scale (1000 at scale 2 is "10.00"). */
function cellText(type: DataType): (value: unknown) => string | null {
  if (DataType.isDecimal(type)) {
    const { scale } = type as Decimal;
    return (value) => (value === null || value === undefined ? null : decimalText(value as Uint32Array, scale));
  }
  const temporal = DataType.isDate(type) || DataType.isTimestamp(type);
  return (value) => valueText(value, temporal);
}

/** Reads an Arrow IPC file or stream (Feather v2): every column, values as cell texts. */
export function readArrow(bytes: Uint8Array, options: RowOptions = {}): RawTable {
  let table: Table;
  try {
    table = tableFromIPC(bytes);
  } catch (err) {
    throw new AppError('E_BAD_ARROW', `The Arrow file could not be read: ${(err as Error).message}`);
  }
  if (table.schema.fields.length === 0) throw new AppError('E_BAD_ARROW', 'The Arrow file has no columns.');
  const builder = new RawTableBuilder({
    ...options,
    header: true,
    skipRows: 0,
    heldBytes: (options.heldBytes ?? 0) + bytes.length,
  });
  const fields = table.schema.fields;
  builder.addTexts(
    fields.map((f) => f.name),
    0,
  );
  const texts = fields.map((f) => cellText(f.type));
  const columns = fields.map((_, i) => table.getChildAt(i)!);
  const cells: (string | null)[] = Array.from({ length: fields.length }, () => null);
  for (let r = 0; r < table.numRows && !builder.full; r++) {
    for (let c = 0; c < columns.length; c++) cells[c] = texts[c](columns[c].get(r));
    builder.addTexts(cells, r + 1);
  }
  return builder.finish(plainSource('arrow'))!;
}
