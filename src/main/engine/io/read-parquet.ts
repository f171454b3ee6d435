import {
  parquetMetadata,
  parquetRead,
  parquetSchema,
  type ColumnData,
  type FileMetaData,
  type SchemaElement,
} from 'hyparquet';
import { AppError } from '../../../shared/errors';
import { BYTES_PER_DECODED_PARQUET_CELL, TableBudget } from './import-limits';
import type { RawTable, RowOptions } from './raw-table';
import { plainSource } from './plain-source';
import { RawTableBuilder } from './raw-table-builder';
import { valueText } from './value-text';

/**
 * How a column's values become cell texts. hyparquet gives a DECIMAL as its unscaled value
 * times 10^-scale, with float noise (2999 at scale 2 is 29.990000000000002): written back
 * with its scale it is the decimal the file holds ("29.99").
 */
function cellText(element: SchemaElement): (value: unknown) => string | null {
  const scale = element.logical_type?.type === 'DECIMAL' ? element.logical_type.scale : element.scale;
  if (element.converted_type !== 'DECIMAL' && element.logical_type?.type !== 'DECIMAL') return (v) => valueText(v);
  return (v) =>
    typeof v === 'number' && Number.isFinite(v) ? v.toFixed(Math.min(100, Math.max(0, scale ?? 0))) : valueText(v);
}

/** The bytes as one ArrayBuffer, copied only when they are a view on part of a larger one. */
function wholeBuffer(bytes: Uint8Array): ArrayBuffer {
  if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength) return bytes.buffer as ArrayBuffer;
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

const bad = (err: unknown) =>
  new AppError('E_BAD_PARQUET', `The Parquet file could not be read: ${(err as Error).message}`);

/** Rows [rowStart, rowEnd) of a Parquet file, column by column: hyparquet's chunks in row order (no rows assembled). */
async function readColumns(
  file: ArrayBuffer,
  metadata: FileMetaData,
  names: string[],
  rowStart: number,
  rowEnd: number,
) {
  const chunks = new Map<string, ColumnData[]>(names.map((n) => [n, []]));
  await parquetRead({
    file,
    metadata,
    rowStart,
    rowEnd,
    onChunk: (chunk) => chunks.get(chunk.columnName)?.push(chunk),
  });
  return names.map((n) => chunks.get(n)!.sort((a, b) => a.rowStart - b.rowStart));
}

/** Value of row `r` in a column's chunks, moving the column's cursor forward (rows are asked in order). */
function valueAt(chunks: ColumnData[], cursor: Int32Array, c: number, r: number): unknown {
  let k = cursor[c];
  while (k < chunks.length && r >= chunks[k].rowEnd) k++;
  cursor[c] = k;
  const chunk = chunks[k];
  return chunk && r >= chunk.rowStart ? chunk.columnData[r - chunk.rowStart] : null;
}

/**
 * Reads a Parquet file (hyparquet): every top-level column, values as cell texts. A whole file
 * is held to the import's table budget by its declared rows before anything is decoded, and is
 * decoded one row group at a time, as columns: hyparquet's rows would be a JavaScript array per
 * row with every number boxed (3 times the memory, measured).
 */
export async function readParquet(bytes: Uint8Array, options: RowOptions = {}): Promise<RawTable> {
  const buffer = wholeBuffer(bytes);
  let metadata: FileMetaData;
  let elements: SchemaElement[];
  try {
    metadata = parquetMetadata(buffer);
    elements = parquetSchema(metadata).children.map((c) => c.element);
  } catch (err) {
    throw bad(err);
  }
  const total = Number(metadata.num_rows);
  const end = options.maxRows !== undefined ? Math.min(total, options.maxRows + 1) : total;
  // Held while the rows are read: the file, and the largest row group decoded.
  const largest = metadata.row_groups.reduce((most, g) => Math.max(most, Number(g.num_rows)), 0);
  const heldBytes =
    (options.heldBytes ?? 0) + bytes.length + BYTES_PER_DECODED_PARQUET_CELL * Math.min(largest, end) * elements.length;
  if (options.maxRows === undefined) {
    const budget = new TableBudget(options.limits, heldBytes);
    budget.width = elements.length;
    budget.checkRows(total);
  }
  const texts = elements.map(cellText);
  const builder = new RawTableBuilder({ ...options, header: true, skipRows: 0, heldBytes });
  builder.addTexts(
    elements.map((e) => e.name),
    0,
  );
  const names = elements.map((e) => e.name);
  const cells: (string | null)[] = names.map(() => null);
  let start = 0;
  for (const group of metadata.row_groups) {
    if (start >= end || builder.full) break;
    const groupEnd = Math.min(end, start + Number(group.num_rows));
    const columns = await readColumns(buffer, metadata, names, start, groupEnd).catch((err: unknown) => {
      throw bad(err);
    });
    const cursor = new Int32Array(names.length);
    for (let r = start; r < groupEnd && !builder.full; r++) {
      for (let c = 0; c < names.length; c++) cells[c] = texts[c](valueAt(columns[c], cursor, c, r));
      builder.addTexts(cells, r + 1);
    }
    start += Number(group.num_rows);
  }
  return builder.finish(plainSource('parquet'))!;
}
