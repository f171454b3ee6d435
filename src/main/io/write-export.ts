import { closeSync, openSync, statSync, writeSync } from 'node:fs';
import { csvChunks } from '../engine/report/csv-text';
import type { ExportResult } from '../../shared/exports';
import type { ExportParts } from '../engine/report/members-export';
import { writeAtomically } from './write-atomically';

/**
 * Writes an export the engine made (CSV lines or XLSX sheets) through a temporary file, streaming:
 * the rows are made, encoded and written a chunk at a time, so a list of millions of members never
 * lies in memory whole. `checkCancel` runs before and between the CSV's chunks.
 */
export async function writeExport(
  filePath: string,
  parts: ExportParts,
  checkCancel: () => void = () => undefined,
): Promise<Omit<ExportResult, 'path' | 'fileName'>> {
  checkCancel();
  if (parts.format === 'csv') {
    let bytes = 0;
    let replaced = 0;
    await writeAtomically(filePath, (temp) => {
      const fd = openSync(temp, 'w');
      try {
        for (const chunk of csvChunks(parts.lines, parts.delimiter, parts.encoding, undefined, parts.bom ?? true)) {
          checkCancel();
          writeSync(fd, chunk.bytes);
          bytes += chunk.bytes.byteLength;
          replaced += chunk.replaced;
        }
      } finally {
        closeSync(fd);
      }
    });
    return { rows: parts.count, bytes, replaced };
  }
  let rows = 0;
  await writeAtomically(filePath, async (temp) => {
    // ExcelJS takes 280 ms to load: loaded with the first workbook, not with every CSV.
    const { writeXlsx } = await import('./write-xlsx');
    rows = (await writeXlsx(temp, parts.sheets)) - parts.skipRows;
  });
  return { rows, bytes: statSync(filePath).size, replaced: 0 };
}
