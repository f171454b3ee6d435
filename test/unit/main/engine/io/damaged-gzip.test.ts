import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTable } from '../../../../../src/main/engine/io/read-table';
import { toErrorData } from '../../../../../src/shared/errors';
import { PREVIEW_ROWS } from '../../../../../src/shared/import-settings';
import { sharedData, tempDir } from '../../../../helpers/paths';

/** The UCI file as a download cut short (its first 60 %) and as a copy with one byte flipped halfway. */
function damagedCopies(): { cut: string; corrupt: string } {
  const bytes = readFileSync(sharedData('online_retail_uci.csv.gz'));
  const dir = tempDir();
  const cut = join(dir, 'online_retail_cut.csv.gz');
  writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
  const flipped = Buffer.from(bytes);
  flipped[flipped.length >> 1] ^= 0xff;
  const corrupt = join(dir, 'online_retail_corrupt.csv.gz');
  writeFileSync(corrupt, flipped);
  return { cut, corrupt };
}

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'read',
    (err: unknown) => toErrorData(err).code,
  );

describe('a damaged .gz', () => {
  const { cut, corrupt } = damagedCopies();

  it('is refused at the preview (its first rows), not only at the import: cut short → E_GZIP_TRUNCATED', async () => {
    expect(await codeOf(readTable(cut, { maxRows: PREVIEW_ROWS }))).toBe('E_GZIP_TRUNCATED');
    expect(await codeOf(readTable(cut))).toBe('E_GZIP_TRUNCATED');
  });

  it('with a flipped byte halfway is refused at the preview and at the import: E_BAD_GZIP', async () => {
    expect(await codeOf(readTable(corrupt, { maxRows: PREVIEW_ROWS }))).toBe('E_BAD_GZIP');
    expect(await codeOf(readTable(corrupt))).toBe('E_BAD_GZIP');
  });

  it('whole, still previews its first rows', async () => {
    const table = await readTable(sharedData('online_retail_uci.csv.gz'), { maxRows: PREVIEW_ROWS });
    expect([table.rowCount, table.truncated, table.compression]).toEqual([PREVIEW_ROWS, true, 'gzip']);
  });
});
