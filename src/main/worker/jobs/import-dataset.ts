import { basename, extname } from 'node:path';
import { AppError } from '../../../shared/errors';
import type { DatasetInfo } from '../../../shared/schemas';
import { fromCsv } from '../../engine/io/from-csv';
import { toArrowBatches } from '../../engine/io/to-arrow-batches';
import { insertDataset } from '../../store/insert-dataset';
import { openWorkspaceConnection } from '../../store/workspace-store';
import type { JobContext } from '../protocol';

export interface ImportDatasetInput {
  workspacePath: string;
  filePath: string;
  name?: string;
}

/** Reads a file and stores it as a typed dataset, in one transaction. */
export async function importDataset(input: ImportDatasetInput, ctx: JobContext): Promise<DatasetInfo> {
  const sourceName = basename(input.filePath);
  ctx.progress(0, { key: 'importReading', params: { file: sourceName } });
  const table = await fromCsv(input.filePath, {
    isCancelled: () => ctx.isCancelled(),
    onProgress: (f) => ctx.progress(0.8 * f, { key: 'importReading', params: { file: sourceName } }),
  });
  if (table.names.length === 0) throw new AppError('E_EMPTY_FILE', 'The file has no columns.');
  ctx.throwIfCancelled();
  ctx.progress(0.8, { key: 'importTyping', params: { rows: table.rowCount } });
  const { columns, batches } = toArrowBatches(table);
  ctx.throwIfCancelled();
  const db = openWorkspaceConnection(input.workspacePath, ctx.config);
  try {
    return insertDataset(
      db,
      { name: input.name ?? basename(sourceName, extname(sourceName)), sourceName, rowCount: table.rowCount, columns, batches },
      (done) => {
        ctx.throwIfCancelled();
        ctx.progress(0.85 + (0.15 * done) / batches.length, { key: 'importWriting', params: { rows: table.rowCount } });
      },
    );
  } finally {
    db.close();
  }
}
