import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { prepareDataset, type PrepareOptions } from '../../src/main/engine/io/prepare-dataset';
import type { RawTable } from '../../src/main/engine/io/raw-table';
import { readTable } from '../../src/main/engine/io/read-table';
import { tempDir } from './paths';

/** Reads CSV text as the importer reads a file (written to a temporary file first). */
export function readCsvText(text: string): Promise<RawTable> {
  const file = join(tempDir(), 'table.csv');
  writeFileSync(file, text);
  return readTable(file);
}

/** CSV text, read and prepared as an import prepares it ("now" 2030-01-01 unless given). */
export async function prepareCsvText(text: string, options: Partial<PrepareOptions> = {}) {
  return prepareDataset(await readCsvText(text), { now: Date.UTC(2030, 0, 1), fallbackCurrency: 'USD', ...options });
}
