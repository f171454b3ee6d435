import { parquetMetadata, parquetRead, parquetSchema } from 'hyparquet';
import { AppError } from '../../../shared/errors';
import type { RawTable, RowOptions } from './raw-table';
import { plainSource } from './plain-source';
import { RawTableBuilder } from './raw-table-builder';
import { valueText } from './value-text';

/** Reads a Parquet file (hyparquet): every top-level column, values as cell texts. */
export async function readParquet(bytes: Uint8Array, options: RowOptions = {}): Promise<RawTable> {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  let names: string[];
  let rows: unknown[][] = [];
  try {
    const metadata = parquetMetadata(buffer);
    names = parquetSchema(metadata).children.map((c) => c.element.name);
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
        row.map((v) => valueText(v)),
        r + 1,
      );
  });
  return builder.finish(plainSource('parquet'))!;
}
