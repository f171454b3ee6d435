import { parquetMetadata, parquetRead, parquetSchema, type FileMetaData, type SchemaElement } from 'hyparquet';
import { AppError } from '../../../shared/errors';
import { TableBudget } from './import-limits';
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

/** Rows [rowStart, rowEnd) of a Parquet file, as arrays of values. */
async function readRows(file: ArrayBuffer, metadata: FileMetaData, rowStart: number, rowEnd: number) {
  let rows: unknown[][] = [];
  await parquetRead({ file, metadata, rowStart, rowEnd, rowFormat: 'array', onComplete: (data) => (rows = data) });
  return rows;
}

/**
 * Reads a Parquet file (hyparquet): every top-level column, values as cell texts. A whole file
 * is held to the import's table budget by its declared rows before anything is decoded, and is
 * decoded one row group at a time (hyparquet's rows are JavaScript arrays, far larger than the
 * columns they become).
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
  if (options.maxRows === undefined) {
    const budget = new TableBudget(options.limits, bytes.length);
    budget.width = elements.length;
    budget.checkRows(total);
  }
  const end = options.maxRows !== undefined ? Math.min(total, options.maxRows + 1) : total;
  const texts = elements.map(cellText);
  const builder = new RawTableBuilder({ ...options, header: true, skipRows: 0, heldBytes: bytes.length });
  builder.addTexts(
    elements.map((e) => e.name),
    0,
  );
  let line = 1;
  let start = 0;
  for (const group of metadata.row_groups) {
    if (start >= end || builder.full) break;
    const rows = await readRows(buffer, metadata, start, Math.min(end, start + Number(group.num_rows))).catch(
      (err: unknown) => {
        throw bad(err);
      },
    );
    for (const row of rows) {
      if (builder.full) break;
      builder.addTexts(
        row.map((v, c) => texts[c](v)),
        line++,
      );
    }
    start += Number(group.num_rows);
  }
  return builder.finish(plainSource('parquet'))!;
}
