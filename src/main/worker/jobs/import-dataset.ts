import { basename, extname } from 'node:path';
import type { ColumnKind } from '../../../shared/column-spec';
import type { DatasetInfo, SourceInfo } from '../../../shared/schemas';
import { readTable, type ReadOptions } from '../../engine/io/read-table';
import { toColumnInfo, toTypedTable } from '../../engine/io/to-typed-table';
import { insertDataset } from '../../store/insert-dataset';
import { openWorkspaceConnection } from '../../store/workspace-store';
import type { JobContext } from '../protocol';

export interface ImportDatasetInput {
  workspacePath: string;
  filePath: string;
  name?: string;
  /** Overrides of what was detected: encoding, delimiter, header row. */
  read?: Pick<ReadOptions, 'encoding' | 'delimiter' | 'header' | 'sheet'>;
  /** Column types the user chose. */
  types?: Record<string, ColumnKind>;
}

/** Reads a file and stores it as a typed dataset, in one transaction. */
export async function importDataset(input: ImportDatasetInput, ctx: JobContext): Promise<DatasetInfo> {
  const sourceName = basename(input.filePath);
  ctx.progress(0, { key: 'importReading', params: { file: sourceName } });
  const raw = await readTable(input.filePath, {
    ...input.read,
    isCancelled: () => ctx.isCancelled(),
    onProgress: (f) => ctx.progress(0.7 * f, { key: 'importReading', params: { file: sourceName } }),
  });
  ctx.throwIfCancelled();
  ctx.progress(0.7, { key: 'importTyping', params: { rows: raw.rowCount } });
  const typed = toTypedTable(raw, input.types);
  ctx.throwIfCancelled();
  const columns = typed.columns.map(toColumnInfo);
  const source: SourceInfo = {
    format: raw.format,
    compression: raw.compression,
    encoding: raw.encoding,
    delimiter: raw.delimiter,
    header: raw.header,
    sheet: raw.sheet,
  };
  const plain = sourceName.replace(/\.(gz|zip)$/i, '');
  const stem = basename(plain, extname(plain));
  const db = openWorkspaceConnection(input.workspacePath, ctx.config);
  try {
    return insertDataset(db, { name: input.name ?? stem, sourceName, source, columns, table: typed.table }, (done, total) => {
      ctx.throwIfCancelled();
      ctx.progress(0.8 + (0.2 * done) / total, { key: 'importWriting', params: { rows: raw.rowCount } });
    });
  } finally {
    db.close();
  }
}
