import { basename } from 'node:path';
import type { ImportSettings } from '../../../shared/import-settings';
import type { PrepareOptions } from '../../engine/io/prepare-dataset';
import type { RawTable } from '../../engine/io/raw-table';
import { readTable } from '../../engine/io/read-table';
import { renameColumns } from '../../engine/io/rename-columns';
import { partReaderThread } from '../part-reader-thread';
import type { JobContext } from '../protocol';

/**
 * Reads a file with the user's read settings (encoding, delimiter, header, sheet, the names they gave columns), reporting
 * progress as the first `share` of the job and honouring cancel; `heldBytes` is memory the job
 * holds beside it (a dataset being appended to), charged to the import's budget.
 */
export async function readSource(
  filePath: string,
  settings: ImportSettings,
  ctx: JobContext,
  share: number,
  maxRows?: number,
  heldBytes?: number,
): Promise<RawTable> {
  const message = { key: 'importReading', params: { file: basename(filePath) } };
  ctx.progress(0, message);
  const asRead = new Map(Object.entries(settings.names ?? {}).map(([read, given]) => [given, read]));
  const raw = await readTable(filePath, {
    encoding: settings.encoding,
    delimiter: settings.delimiter,
    header: settings.header,
    skipRows: settings.skipRows,
    sheet: settings.sheet,
    maxRows,
    limits: ctx.config.importLimits,
    heldBytes,
    keepText: Object.keys(settings.types ?? {}).map((name) => asRead.get(name) ?? name),
    readPart: ctx.config.partReaderPath ? partReaderThread(ctx.config.partReaderPath) : undefined,
    isCancelled: () => ctx.isCancelled(),
    onProgress: (f) => ctx.progress(share * f, message),
  });
  return renameColumns(raw, settings.names ?? {});
}

/** The preparation options the user's settings give (types, kind, roles, policies), with the job's clock and cancel. */
export function prepareOptions(
  settings: ImportSettings,
  input: { now: number; fallbackCurrency: string },
  ctx: JobContext,
): PrepareOptions {
  return {
    types: settings.types,
    kind: settings.kind,
    roles: settings.roles,
    suggestOtherRoles: settings.suggestOtherRoles,
    policies: settings.policies,
    currency: settings.currency,
    now: input.now,
    fallbackCurrency: input.fallbackCurrency,
    checkpoint: () => ctx.throwIfCancelled(),
  };
}
