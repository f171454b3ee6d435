import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../../../src/main/engine/io/xlsx/read-xlsx';
import { writeXlsx } from '../../../../src/main/io/write-xlsx';
import { tempDir } from '../../../helpers/paths';
import { texts } from '../../../helpers/raw-texts';

describe('writeXlsx', () => {
  it('keeps a carriage return, controls XML cannot hold, and escape-like text as written', async () => {
    const file = join(tempDir('segdesk-xlsx-'), 'notes.xlsx');
    const notes = ['line 1\rline 2', 'crlf\r\nend', 'lf\nend', '_x000D_ typed by hand', 'bell\u0007', 'tab\there'];
    await writeXlsx(file, [{ name: 'Notes', header: ['note\rheader'], kinds: ['text'], rows: notes.map((n) => [n]) }]);
    const xml = strFromU8(unzipSync(readFileSync(file))['xl/worksheets/sheet1.xml']);
    expect([xml.includes('\r'), xml.includes('\u0007'), xml.includes('line 1_x000D_line 2')]).toEqual([
      false,
      false,
      true,
    ]);
    const raw = readXlsx(readFileSync(file), { header: true });
    expect([raw.names, texts(raw.columns[0]).values()]).toEqual([['note\rheader'], notes]);
  });

  it('refuses a sheet longer than a sheet holds rather than writing one Excel cannot open', async () => {
    const file = join(tempDir('segdesk-xlsx-'), 'long.xlsx');
    const rows = [['a'], ['b'], ['c']];
    await expect(writeXlsx(file, [{ name: 'Long', header: ['id'], kinds: ['text'], rows }], 3)).rejects.toMatchObject({
      code: 'E_INTERNAL',
    });
    expect(await writeXlsx(file, [{ name: 'Long', header: ['id'], kinds: ['text'], rows }], 4)).toBe(3);
  });
});
