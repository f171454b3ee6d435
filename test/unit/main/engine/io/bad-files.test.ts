import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { texts } from '../../../../helpers/raw-texts';
import { describe, expect, it } from 'vitest';
import { prepareDataset } from '../../../../../src/main/engine/io/prepare-dataset';
import { readTable } from '../../../../../src/main/engine/io/read-table';
import { readDelimited } from '../../../../../src/main/engine/io/read-delimited';
import { tempDir } from '../../../../helpers/paths';

const NOW = Date.UTC(2026, 0, 1);

/** Every bad file ends in a specific error code or in counted quality issues — never a crash or a hang. */
describe('bad files', () => {
  const dir = tempDir();
  const write = (name: string, content: string | Uint8Array) => {
    const file = join(dir, name);
    writeFileSync(file, content);
    return file;
  };

  it('empty file → E_EMPTY_FILE; header only → E_EMPTY_FILE too (nothing to segment); the engine still types 0 rows', async () => {
    await expect(readTable(write('empty.csv', ''))).rejects.toMatchObject({ code: 'E_EMPTY_FILE' });
    await expect(readTable(write('blank.csv', '\n\n\r\n'))).rejects.toMatchObject({ code: 'E_EMPTY_FILE' });
    const header = write('header.csv', 'customer_id,order_date,amount\r\n');
    await expect(readTable(header)).rejects.toMatchObject({ code: 'E_EMPTY_FILE', details: { columns: 3 } });
    const raw = await readDelimited(header);
    expect([raw.names, raw.rowCount]).toEqual([['customer_id', 'order_date', 'amount'], 0]);
    const p = prepareDataset(raw, {
      now: NOW,
      fallbackCurrency: 'USD',
      kind: 'transactions',
      roles: { customerId: 'customer_id', orderDate: 'order_date' },
    });
    expect([p.table.numRows, p.quality]).toEqual([0, { rowsRead: 0, rowsKept: 0, issues: [] }]);
  });

  it('binary garbage → E_NOT_TABULAR; NUL bytes in text → E_NOT_TABULAR', async () => {
    const bytes = new Uint8Array(8192);
    let x = 7;
    for (let i = 0; i < bytes.length; i++) bytes[i] = (x = (x * 16807) % 2147483647) & 0xff;
    await expect(readTable(write('noise.csv', bytes))).rejects.toMatchObject({ code: 'E_NOT_TABULAR' });
    await expect(readTable(write('nul.csv', 'a,b\n1,\u00002\n'))).rejects.toMatchObject({ code: 'E_NOT_TABULAR' });
  });

  it('unbalanced quotes → E_BAD_CSV with the line; ragged rows → counted issues', async () => {
    await expect(readTable(write('quote.csv', 'a,b\n1,2\n3,"oops\n4,5\n'))).rejects.toMatchObject({
      code: 'E_BAD_CSV',
      details: { line: 3 },
    });
    const raw = await readTable(
      write('ragged.csv', 'id,date,amount\n1,2024-01-01,5\n2,2024-01-02\n3,2024-01-03,7,extra\n'),
    );
    const p = prepareDataset(raw, {
      now: NOW,
      fallbackCurrency: 'USD',
      kind: 'transactions',
      roles: { customerId: 'id', orderDate: 'date', amount: 'amount' },
    });
    expect(p.quality.issues.map((i) => [i.code, i.count, i.policy, i.examples.map((e) => e.line)])).toEqual([
      ['short_row', 1, 'flag', [3]],
      ['long_row', 1, 'flag', [4]],
    ]);
    expect(p.quality.rowsKept).toBe(3);
  });

  it('a 100,000-character cell is kept; a cell over 1 MiB → E_CELL_TOO_LARGE', async () => {
    const long = 'x'.repeat(100_000);
    const raw = await readTable(write('long.csv', `id,note\n1,${long}\n`));
    expect(texts(raw.columns[1]).values()[0]).toHaveLength(100_000);
    await expect(readTable(write('huge.csv', `id,note\n1,"${'y'.repeat((1 << 20) + 10)}"\n`))).rejects.toMatchObject({
      code: 'E_CELL_TOO_LARGE',
    });
  });

  it('wrong magic numbers and cut files → E_BAD_XLSX, E_BAD_PARQUET, E_BAD_ARROW, E_BAD_ZIP', async () => {
    await expect(readTable(write('text.xlsx', 'a,b\n1,2\n'))).rejects.toMatchObject({ code: 'E_BAD_XLSX' });
    await expect(readTable(write('cut.parquet', 'PAR1\u0000\u0000\u0001'))).rejects.toMatchObject({
      code: 'E_BAD_PARQUET',
    });
    await expect(readTable(write('cut.arrow', 'ARROW1\u0000\u0000'))).rejects.toMatchObject({ code: 'E_BAD_ARROW' });
    await expect(readTable(write('cut.zip', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])))).rejects.toMatchObject(
      { code: 'E_BAD_ZIP' },
    );
    await expect(
      readTable(write('cut.xlsx', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 9, 9, 9, 9]))),
    ).rejects.toMatchObject({ code: 'E_BAD_XLSX' });
  });

  it('a path that cannot be read as a file → E_READ_FAILED; a missing one → E_FILE_NOT_FOUND', async () => {
    // Tests run as root here, so a chmod 000 file would still be readable: a folder and a path
    // under a regular file (ENOTDIR) exercise the same error path.
    const folder = join(dir, 'folder.csv');
    mkdirSync(folder);
    await expect(readTable(folder)).rejects.toMatchObject({ code: 'E_READ_FAILED' });
    const plain = write('plain.csv', 'a\n1\n');
    await expect(readTable(join(plain, 'inside.csv'))).rejects.toMatchObject({ code: 'E_READ_FAILED' });
    await expect(readTable(join(dir, 'nope.csv'))).rejects.toMatchObject({ code: 'E_FILE_NOT_FOUND' });
  });
});
