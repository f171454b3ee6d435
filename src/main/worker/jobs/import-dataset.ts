import { basename } from 'node:path';
import type { DatasetInfo, SourceInfo } from '../../../shared/schemas';
import { keepDataset } from '../dataset-cache';
import { digestInThread, type FileDigest } from '../digest-in-thread';
import { prepareDataset } from '../../engine/io/prepare-dataset';
import { prepareOptions, readSource } from './read-source';
import { freeDatasetName } from '../../store/free-dataset-name';
import { insertDataset } from '../../store/insert-dataset';
import { openWorkspaceConnection } from '../../store/open-workspace-connection';
import type { JobContext } from '../protocol';
import { phase } from '../../phase-marks';
import { datasetNameOf, type ImportDatasetInput } from './import-input';

/** Reads a file, types it, applies roles and quality policies, and stores it, in one transaction. */
export async function importDataset(input: ImportDatasetInput, ctx: JobContext): Promise<DatasetInfo> {
  const sourceName = basename(input.filePath);
  const { settings } = input;
  if (settings.summarise) return (await import('./summarise-dataset')).summariseDataset(input, ctx);
  phase('import:start');
  // The file's SHA-256 is taken in a thread that loads while the file is read, then hashes it on
  // the other core while this thread types the columns.
  const digest = digestInThread(ctx.config.digestThreadPath, input.filePath);
  let file: FileDigest;
  let raw: Awaited<ReturnType<typeof readSource>>;
  let prepared: ReturnType<typeof prepareDataset>;
  try {
    raw = await readSource(input.filePath, settings, ctx, 0.6);
    phase('import:read');
    // Hashed once read: a missing or unreadable file has failed with its own code by then.
    const hashing = digest.hash();
    ctx.throwIfCancelled();
    ctx.progress(0.6, { key: 'importTyping', params: { rows: raw.rowCount } });
    prepared = prepareDataset(raw, prepareOptions(settings, input, ctx));
    phase('import:typed');
    file = await hashing;
    phase('import:digest');
  } finally {
    digest.stop();
  }
  ctx.throwIfCancelled();
  const source: SourceInfo = {
    format: raw.format,
    compression: raw.compression,
    encoding: raw.encoding,
    delimiter: raw.delimiter,
    header: raw.header,
    skipRows: raw.skipped,
    sheet: raw.sheet,
    kindDecision: prepared.why,
    currencyDecision: prepared.currencyWhy,
    bytes: file.bytes,
    sha256: file.sha256 ?? undefined,
  };
  const db = openWorkspaceConnection(input.workspacePath, ctx.config);
  try {
    const info = await insertDataset(
      db,
      { name: freeDatasetName(db, settings.name ?? datasetNameOf(sourceName)), sourceName, source, ...prepared },
      (done, total) => {
        ctx.throwIfCancelled();
        ctx.progress(0.8 + (0.2 * done) / total, { key: 'importWriting', params: { rows: prepared.table.numRows } });
      },
    );
    keepDataset(input.workspacePath, info, prepared.table);
    return info;
  } finally {
    db.close();
    phase('import:written');
  }
}
