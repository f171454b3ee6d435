import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../src/shared/errors';
import { writeExport } from '../../../../src/main/io/write-export';
import { writeFileAtomically } from '../../../../src/main/io/write-file-atomically';
import { tempDir } from '../../../helpers/paths';

describe('writeExport', () => {
  it('writes CSV bytes as they are, and reports the rows, the bytes and the replaced characters', async () => {
    const file = join(tempDir('segdesk-io-'), 'members.csv');
    const bytes = Buffer.from('\ufeffid,segment\r\n"\'=1+1",Lost\r\n', 'utf8');
    expect(await writeExport(file, { format: 'csv', bytes, rows: 1, replaced: 2 })).toEqual({
      rows: 1,
      bytes: bytes.length,
      replaced: 2,
    });
    expect(readFileSync(file)).toEqual(bytes);
  });

  it('writes XLSX sheets and counts the rows that are members (the summary rows skipped)', async () => {
    const file = join(tempDir('segdesk-io-'), 'members.xlsx');
    const sheets = [
      { name: 'Summary', header: ['Segment', 'Customers'], kinds: ['text', 'integer'] as const, rows: [['Lost', 2]] },
      { name: 'Lost', header: ['id'], kinds: ['text'] as const, rows: [['a'], ['b']] },
    ];
    const written = await writeExport(file, {
      format: 'xlsx',
      sheets: sheets.map((s) => ({ ...s, kinds: [...s.kinds] })),
      skipRows: 1,
    });
    expect(written.rows).toBe(2);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Summary', 'Lost']);
    expect(book.getWorksheet('Lost')!.getRow(3).getCell(1).value).toBe('b');
  });

  it('a cancelled export writes nothing and leaves a file already there as it was', async () => {
    const dir = tempDir('segdesk-io-');
    const file = join(dir, 'members.csv');
    writeFileSync(file, 'before');
    const cancel = () => {
      throw new AppError('E_CANCELLED', 'Cancelled.');
    };
    await expect(
      writeExport(file, { format: 'csv', bytes: Buffer.from('after'), rows: 0, replaced: 0 }, cancel),
    ).rejects.toMatchObject({ code: 'E_CANCELLED' });
    expect(readFileSync(file, 'utf8')).toBe('before');
    expect(readdirSync(dir)).toEqual(['members.csv']);
  });
});

describe('writeFileAtomically', () => {
  it('a write that fails leaves no temporary file and says E_WRITE_FAILED with the path', async () => {
    const dir = tempDir('segdesk-io-');
    const file = join(dir, 'missing-folder', 'x.csv');
    await expect(writeFileAtomically(file, 'x')).rejects.toMatchObject({
      code: 'E_WRITE_FAILED',
      details: { path: file, code: 'ENOENT' },
    });
    expect(existsSync(join(dir, 'missing-folder'))).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('returns the bytes written, for text (UTF-8) and for bytes', async () => {
    const dir = tempDir('segdesk-io-');
    expect(await writeFileAtomically(join(dir, 'a.txt'), '客户')).toBe(6);
    expect(await writeFileAtomically(join(dir, 'b.bin'), new Uint8Array([1, 2, 3]))).toBe(3);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('客户');
  });
});
