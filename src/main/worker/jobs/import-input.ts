import { basename, extname } from 'node:path';
import type { ImportSettings } from '../../../shared/import-settings';

export interface ImportDatasetInput {
  workspacePath: string;
  filePath: string;
  /** What the user chose in the wizard (or on the command line); the rest is detected. */
  settings: ImportSettings;
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
