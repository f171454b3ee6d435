import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../src/shared/errors';
import { csvChunks, csvText, encodeText } from '../../../../src/main/engine/report/csv-text';
import { writeExport } from '../../../../src/main/io/write-export';
import { writeFileAtomically } from '../../../../src/main/io/write-file-atomically';
import { tempDir } from '../../../helpers/paths';

describe('writeExport', () => {
  it('writes CSV lines (UTF-8 with a BOM, formulas neutralised) and reports the rows, the bytes and the replaced characters', async () => {
    const file = join(tempDir('segdesk-io-'), 'members.csv');
    const lines = [
      ['id', 'segment'],
      ['=1+1', 'Lost'],
    ];
    const bytes = Buffer.from("\ufeffid,segment\r\n'=1+1,Lost\r\n", 'utf8');
    expect(await writeExport(file, { format: 'csv', lines, delimiter: ',', encoding: 'utf8', count: 1 })).toEqual({
      rows: 1,
      bytes: bytes.length,
      replaced: 0,
    });
    expect(readFileSync(file)).toEqual(bytes);
    // GBK lacks 𠀀 and 🙂: each is written as ? and counted.
    const gbk = join(tempDir('segdesk-io-'), 'members-gbk.csv');
    const written = await writeExport(gbk, {
      format: 'csv',
      lines: [['客户', '𠀀🙂']],
      delimiter: ';',
      encoding: 'gbk',
      count: 1,
    });
    expect(written.replaced).toBe(2);
    expect(iconv.decode(readFileSync(gbk), 'gbk')).toBe('客户;??\r\n');
  });

  it('streams a long CSV in chunks that join to exactly the text the rows make', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => [`c${i}`, i % 3 === 0 ? 'a,"b"' : '赵', i / 7]);
    const chunks = [...csvChunks(rows, ',', 'gb18030', 999)];
    expect(chunks.length).toBe(Math.ceil(5000 / 999));
    expect(Buffer.concat(chunks.map((c) => c.bytes))).toEqual(encodeText(csvText(rows, ','), 'gb18030').bytes);
    const utf8 = [...csvChunks(rows, '\t', 'utf8', 4096)];
    expect(Buffer.concat(utf8.map((c) => c.bytes))).toEqual(encodeText(csvText(rows, '\t'), 'utf8').bytes);
    // Without the BOM (an upload file for a tool that would read it as part of its first header): the same text, 3 bytes shorter.
    const plain = Buffer.concat([...csvChunks(rows, '\t', 'utf8', 4096, false)].map((c) => c.bytes));
    expect(plain).toEqual(Buffer.from(csvText(rows, '\t'), 'utf8'));
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
    const lines = [['after']];
    await expect(
      writeExport(file, { format: 'csv', lines, delimiter: ',', encoding: 'utf8', count: 0 }, cancel),
    ).rejects.toMatchObject({ code: 'E_CANCELLED' });
    expect(readFileSync(file, 'utf8')).toBe('before');
    expect(readdirSync(dir)).toEqual(['members.csv']);
  });

  it('a CSV cancelled between chunks leaves no part file and the old file as it was', async () => {
    const dir = tempDir('segdesk-io-');
    const file = join(dir, 'members.csv');
    writeFileSync(file, 'before');
    let checks = 0;
    const cancelLater = () => {
      if (++checks === 3) throw new AppError('E_CANCELLED', 'Cancelled.');
    };
    const lines = Array.from({ length: 50_000 }, (_, i) => [i]);
    await expect(
      writeExport(file, { format: 'csv', lines, delimiter: ',', encoding: 'utf8', count: 50_000 }, cancelLater),
    ).rejects.toMatchObject({ code: 'E_CANCELLED' });
    expect(checks).toBe(3);
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
