import { closeSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { zipSync } from 'fflate';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import { IMPORT_LIMITS, type ImportLimits } from '../../../../../src/main/engine/io/import-limits';
import { readDelimited } from '../../../../../src/main/engine/io/read-delimited';
import { readPart as readPart_, type PartReader } from '../../../../../src/main/engine/io/read-part';
import { readTable } from '../../../../../src/main/engine/io/read-table';
import { repoRoot, tempDir } from '../../../../helpers/paths';

const dir = tempDir();
const bad = (name: string) => join(repoRoot, 'test', 'fixtures', 'bad', name);
/** Limits low enough to reach in a moment: 10,000 bytes of table, 500 bytes of a file read whole or a workbook. */
const low: ImportLimits = { tableBytes: 10_000, wholeFileBytes: 500, xlsxBytes: 500, xlsBytes: 500 };
/** 1,000 orders of three number and date columns: 72 bytes a row by the estimate (16 a cell, 24 a row). */
const orders = `customer_id,order_date,amount\n${Array.from({ length: 1000 }, (_, i) => `${i % 7},2025-01-${String((i % 28) + 1).padStart(2, '0')},${i}.5`).join('\n')}\n`;
const write = (name: string, bytes: string | Uint8Array) => {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
};

describe('what one import may hold (ImportLimits)', () => {
  it('a table past the budget is refused while it is read, plain, gzipped or zipped alike, naming the limit and the rows reached', async () => {
    // 10,000 / 72 = 138 rows fit; the 139th takes 10,008 bytes.
    const refusal = {
      code: 'E_FILE_TOO_LARGE',
      details: { limitBytes: 10_000, seenBytes: 10_008, rows: 139, columns: 3, textBytes: 0 },
    };
    const files = [
      write('orders.csv', orders),
      write('orders.csv.gz', gzipSync(orders)),
      write('orders.zip', zipSync({ 'orders.csv': new TextEncoder().encode(orders) })),
    ];
    for (const file of files) await expect(readTable(file, { limits: low })).rejects.toMatchObject(refusal);
    await expect(readTable(files[0], { limits: low })).rejects.toThrow(
      'The file is too large to import: one import may take at most 0.00 GiB of memory (10,000 bytes, reckoned at 16 bytes a cell, 24 a row and 4 a byte of distinct text), and this one takes more: reading stopped at 139 rows of 3 columns and 0 MiB of distinct text, which take 10,008 bytes.',
    );
    // The preview (a row limit) and the default limits read it.
    expect((await readTable(files[1], { limits: low, maxRows: 100 })).rowCount).toBe(100);
    expect((await readTable(files[2])).rowCount).toBe(1000);
  });

  it('distinct text counts four times its bytes: a column of unique notes is refused where numbers would fit', async () => {
    const notes = `customer_id,note\n${Array.from({ length: 1000 }, (_, i) => `${i},${'note '.repeat(10)}${i}`).join('\n')}\n`;
    await expect(
      readTable(write('notes.csv', notes), { limits: { ...low, tableBytes: 100_000 } }),
    ).rejects.toMatchObject({
      code: 'E_FILE_TOO_LARGE',
      // The store doubled to 32 KiB (32,512 bytes grown) at row 311: 311 × 56 + 4 × 32,512 = 147,464.
      details: { limitBytes: 100_000, seenBytes: 147_464, rows: 311, columns: 2, textBytes: 32_512 },
    });
  });

  it('a Parquet file whose declared rows pass the budget is refused before anything is decoded; a row group decoded whole counts too', async () => {
    const parquet = (name: string, rowGroupSize: number) =>
      write(
        name,
        new Uint8Array(
          parquetWriteBuffer({
            rowGroupSize,
            columnData: [
              { name: 'customer_id', data: Array.from({ length: 1000 }, (_, i) => `C${i % 7}`), type: 'STRING' },
              { name: 'amount', data: Float64Array.from({ length: 1000 }, (_, i) => i), type: 'DOUBLE' },
            ],
          }),
        ),
      );
    const oneGroup = parquet('one-group.parquet', 1000);
    await expect(readTable(oneGroup, { limits: { ...low, wholeFileBytes: 1 << 20 } })).rejects.toMatchObject({
      code: 'E_FILE_TOO_LARGE',
      // 1,000 rows × 56 bytes, with the file's 4,319 bytes and its 1,000-row group decoded (32 bytes a cell) held.
      details: { limitBytes: 10_000, seenBytes: 124_319, rows: 1000, columns: 2, textBytes: 0, heldBytes: 68_319 },
    });
    // The same table in row groups of 100 fits in 80,000 bytes; in one group it does not.
    const limits = { ...low, tableBytes: 80_000, wholeFileBytes: 1 << 20 };
    await expect(readTable(oneGroup, { limits })).rejects.toMatchObject({ code: 'E_FILE_TOO_LARGE' });
    expect((await readTable(parquet('groups.parquet', 100), { limits })).rowCount).toBe(1000);
  });

  it('a file read whole is refused past its limit: on disk by its size, unpacked as soon as it passes', async () => {
    await expect(readTable(bad('arrow-decimal128.arrow'), { limits: low })).rejects.toMatchObject({
      code: 'E_FILE_TOO_LARGE',
      details: { limitBytes: 500, seenBytes: 690, exact: true },
    });
    const gz = write('decimal.parquet.gz', gzipSync(readFileSync(bad('parquet-decimal.parquet'))));
    await expect(readTable(gz, { limits: { ...low, wholeFileBytes: 100 } })).rejects.toMatchObject({
      code: 'E_FILE_TOO_LARGE',
      details: { limitBytes: 100, seenBytes: 471, exact: false },
    });
  });

  it('a file read in two parts at once is held to the budget as a whole, when the parts are joined', async () => {
    // ~10 MiB: 72 bytes a row by the estimate, 30,000,000 bytes allow 416,666 rows.
    const rows = Array.from(
      { length: 500_000 },
      (_, i) => `${i % 9973},2025-03-${String((i % 28) + 1).padStart(2, '0')},${i % 1000}`,
    );
    const file = write('parts.csv', `customer_id,order_date,amount\n${rows.join('\n')}\n`);
    const limits = { ...low, tableBytes: 30_000_000 };
    let parts = 0;
    const readPart: PartReader = (job) => {
      parts++;
      return { result: (async () => readPart_(job).part)(), cancel: () => undefined };
    };
    const refused = (rows: number) => ({
      code: 'E_FILE_TOO_LARGE',
      details: { limitBytes: 30_000_000, seenBytes: rows * 72, rows, columns: 3, textBytes: 0 },
    });
    // Each part fits alone; the joined 500,000 rows do not: the join is refused, this thread reads the
    // second part itself (as after any failed part) and stops where one thread stops.
    await expect(readDelimited(file, { readPart, limits })).rejects.toMatchObject(refused(416_667));
    expect(parts).toBe(1);
    await expect(readDelimited(file, { limits })).rejects.toMatchObject(refused(416_667));
  });

  it('an .xls is refused by its size before SheetJS reads it; an XLSX is streamed part by part, so only the table budget holds it', async () => {
    // xlsx-real.csv is a real workbook (named .csv): 2 rows, far below even the low budget.
    await expect(readTable(bad('xls-ole-garbage.xls'), { limits: low })).rejects.toMatchObject({
      code: 'E_FILE_TOO_LARGE',
      details: { limitBytes: 500, seenBytes: 1032, exact: true },
    });
    // The workbook's bytes are read whole (their own limit), its sheet streamed.
    const whole = { ...low, wholeFileBytes: 1 << 20 };
    expect((await readTable(bad('xlsx-real.csv'), { limits: whole })).rowCount).toBe(2);
    const gz = write('real.xlsx.gz', gzipSync(readFileSync(bad('xlsx-real.csv'))));
    expect((await readTable(gz, { limits: whole })).rowCount).toBe(2);
  });

  describe('bombs made here (gzip members concatenated: 64 MiB of zeros is 64 KB on disk)', () => {
    const zeros = gzipSync(new Uint8Array(64 << 20), { level: 9 });
    /** `head` then `members` × 64 MiB of zeros, as one gzip file. */
    function bomb(name: string, head: Uint8Array, members: number): string {
      const file = join(dir, name);
      const fd = openSync(file, 'w');
      writeSync(fd, gzipSync(head));
      for (let m = 0; m < members; m++) writeSync(fd, zeros);
      closeSync(fd);
      return file;
    }

    it('4 GiB of zeros named .parquet.gz is refused from its first bytes (it inflated 2 GiB before E_READ_FAILED)', async () => {
      await expect(readTable(bomb('zeros.parquet.gz', new Uint8Array(8), 64))).rejects.toMatchObject({
        code: 'E_BAD_PARQUET',
      });
    });

    it('a .parquet.gz that starts like Parquet stops at the real limit, 512 MiB', async () => {
      const file = bomb('par1.parquet.gz', new TextEncoder().encode('PAR1'), 9);
      await expect(readTable(file)).rejects.toMatchObject({
        code: 'E_FILE_TOO_LARGE',
        details: { limitBytes: IMPORT_LIMITS.wholeFileBytes, exact: false },
      });
    });
  });
});
