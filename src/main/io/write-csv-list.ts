import { basename } from 'node:path';
import type { ExportResult } from '../../shared/exports';
import { csvText, encodeText, type Cell } from '../engine/report/csv-text';
import { writeFileAtomically } from './write-file-atomically';

/**
 * A list of customers (a header row, then one row each) written as CSV through a temporary file:
 * the engine's CSV writer (formula-neutralised text), UTF-8 with a BOM unless `bom` is false.
 */
export async function writeCsvList(target: string, lines: Cell[][], bom = true): Promise<ExportResult> {
  const text = csvText(lines, ',');
  const bytes = await writeFileAtomically(target, bom ? encodeText(text, 'utf8').bytes : text);
  return { path: target, fileName: basename(target), bytes, rows: lines.length - 1, replaced: 0 };
}
