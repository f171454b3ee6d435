import { statSync } from 'node:fs';
import type { ExportResult } from '../../shared/exports';
import type { ExportParts } from '../engine/report/members-export';
import { writeAtomically } from './write-atomically';
import { writeFileAtomically } from './write-file-atomically';
import { writeXlsx } from './write-xlsx';

/** Writes an export the engine made (CSV bytes or XLSX sheets) through a temporary file; `checkCancel` runs just before. */
export async function writeExport(
  filePath: string,
  parts: ExportParts,
  checkCancel: () => void = () => undefined,
): Promise<Omit<ExportResult, 'path' | 'fileName'>> {
  checkCancel();
  if (parts.format === 'csv') {
    const bytes = await writeFileAtomically(filePath, parts.bytes);
    return { rows: parts.rows, bytes, replaced: parts.replaced };
  }
  let rows = 0;
  await writeAtomically(filePath, async (temp) => {
    rows = (await writeXlsx(temp, parts.sheets)) - parts.skipRows;
  });
  return { rows, bytes: statSync(filePath).size, replaced: 0 };
}
