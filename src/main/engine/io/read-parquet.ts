import { parquetMetadata, parquetRead, parquetSchema, type SchemaElement } from 'hyparquet';
import { AppError } from '../../../shared/errors';
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

/** Reads a Parquet file (hyparquet): every top-level column, values as cell texts. */
export async function readParquet(bytes: Uint8Array, options: RowOptions = {}): Promise<RawTable> {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  let names: string[];
  let texts: ((value: unknown) => string | null)[];
  let rows: unknown[][] = [];
  try {
    const metadata = parquetMetadata(buffer);
    const elements = parquetSchema(metadata).children.map((c) => c.element);
    names = elements.map((e) => e.name);
    texts = elements.map(cellText);
    const rowEnd = options.maxRows !== undefined ? Math.min(Number(metadata.num_rows), options.maxRows + 1) : undefined;
    await parquetRead({
      file: buffer,
      metadata,
      rowEnd,
      rowFormat: 'array',
      onComplete: (data) => {
        rows = data as unknown[][];
      },
    });
  } catch (err) {
    throw new AppError('E_BAD_PARQUET', `The Parquet file could not be read: ${(err as Error).message}`);
  }
  const builder = new RawTableBuilder({ ...options, header: true, skipRows: 0 });
  builder.addTexts(names, 0);
  rows.forEach((row, r) => {
    if (!builder.full)
      builder.addTexts(
        row.map((v, c) => texts[c](v)),
        r + 1,
      );
  });
  return builder.finish(plainSource('parquet'))!;
}
