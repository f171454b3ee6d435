import { basename } from 'node:path';
import { tableToIPC } from 'apache-arrow';
import type { ImportSettings, InspectResult } from '../../../shared/import-settings';
import { fileDigest } from '../../engine/io/file-digest';
import { prepareDataset } from '../../engine/io/prepare-dataset';
import { prepareOptions, readSource } from './read-source';
import type { JobContext } from '../protocol';

export interface InspectFileInput {
  filePath: string;
  settings: ImportSettings;
  now: number;
  fallbackCurrency: string;
  /** Rows to read; undefined = the whole file (the CLI's inspect). */
  maxRows?: number;
  /** Rows of the parsed preview returned as Arrow bytes. */
  previewRows: number;
}

/** Reads the first rows of a file with the wizard's settings and reports what an import would do. */
export async function inspectFile(input: InspectFileInput, ctx: JobContext): Promise<InspectResult> {
  const { settings } = input;
  const raw = await readSource(input.filePath, settings, ctx, 0.8, input.maxRows);
  // Every row read (the check, the CLI): the file's hash too, to tell it if it was imported before.
  const file = await fileDigest(input.filePath, input.maxRows === undefined);
  const prepared = prepareDataset(raw, { ...prepareOptions(settings, input, ctx), allowMissingRoles: true });
  return {
    fileName: basename(input.filePath),
    format: raw.format,
    compression: raw.compression,
    encoding: raw.encoding,
    delimiter: raw.delimiter,
    sheet: raw.sheet,
    sheets: raw.sheets,
    header: raw.header,
    skipRows: raw.skipped,
    headerLine: raw.headerLine,
    rowsRead: raw.rowCount,
    truncated: raw.truncated,
    // Missing cells of the rows read, before any is dropped.
    columns: prepared.columns.map((c, i) => ({ ...c, missing: prepared.parsed.getChildAt(i)!.nullCount })),
    kind: prepared.kind,
    why: prepared.why,
    roles: prepared.roles,
    quality: prepared.quality,
    currency: prepared.currency,
    currencyWhy: prepared.currencyWhy,
    file,
    // Told by the service, which knows the open workspace.
    alreadyImported: null,
    preview: tableToIPC(prepared.parsed.slice(0, input.previewRows), 'stream'),
  };
}
