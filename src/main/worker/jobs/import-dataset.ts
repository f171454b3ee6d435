import { basename, extname } from 'node:path';
import type { ColumnKind } from '../../../shared/column-spec';
import type { Policies } from '../../../shared/quality';
import type { DatasetKind, RoleMapping } from '../../../shared/roles';
import type { DatasetInfo, SourceInfo } from '../../../shared/schemas';
import { prepareDataset } from '../../engine/io/prepare-dataset';
import { readTable, type ReadOptions } from '../../engine/io/read-table';
import { insertDataset } from '../../store/insert-dataset';
import { openWorkspaceConnection } from '../../store/workspace-store';
import type { JobContext } from '../protocol';

export interface ImportDatasetInput {
  workspacePath: string;
  filePath: string;
  name?: string;
  /** Overrides of what was detected: encoding, delimiter, header row, sheet. */
  read?: Pick<ReadOptions, 'encoding' | 'delimiter' | 'header' | 'sheet'>;
  /** Column types the user chose. */
  types?: Record<string, ColumnKind>;
  kind?: DatasetKind;
  roles?: RoleMapping;
  policies?: Policies;
  /** The time of import, UTC ms ("future" dates are after it). */
  now: number;
  /** Currency when the file shows none. */
  fallbackCurrency: string;
}

/** The name a dataset gets from its file: orders.csv.gz → orders. */
export function datasetNameOf(file: string): string {
  const plain = basename(file).replace(/\.(gz|zip)$/i, '');
  return basename(plain, extname(plain));
}

/** Reads a file, types it, applies roles and quality policies, and stores it, in one transaction. */
export async function importDataset(input: ImportDatasetInput, ctx: JobContext): Promise<DatasetInfo> {
  const sourceName = basename(input.filePath);
  ctx.progress(0, { key: 'importReading', params: { file: sourceName } });
  const raw = await readTable(input.filePath, {
    ...input.read,
    isCancelled: () => ctx.isCancelled(),
    onProgress: (f) => ctx.progress(0.6 * f, { key: 'importReading', params: { file: sourceName } }),
  });
  ctx.throwIfCancelled();
  ctx.progress(0.6, { key: 'importTyping', params: { rows: raw.rowCount } });
  const prepared = prepareDataset(raw, { ...input, checkpoint: () => ctx.throwIfCancelled() });
  ctx.throwIfCancelled();
  const source: SourceInfo = {
    format: raw.format,
    compression: raw.compression,
    encoding: raw.encoding,
    delimiter: raw.delimiter,
    header: raw.header,
    sheet: raw.sheet,
  };
  const db = openWorkspaceConnection(input.workspacePath, ctx.config);
  try {
    return insertDataset(db, { name: input.name ?? datasetNameOf(sourceName), sourceName, source, ...prepared }, (done, total) => {
      ctx.throwIfCancelled();
      ctx.progress(0.8 + (0.2 * done) / total, { key: 'importWriting', params: { rows: prepared.table.numRows } });
    });
  } finally {
    db.close();
  }
}
