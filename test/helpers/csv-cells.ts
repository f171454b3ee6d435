import { readFileSync } from 'node:fs';

/** An exported CSV's lines (CRLF) without the BOM, split into cells: for files whose cells hold no comma. */
export const csvCells = (path: string): string[][] =>
  readFileSync(path, 'utf8')
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n')
    .map((l) => l.split(','));
