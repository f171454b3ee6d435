import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeAtomically } from '../../../../src/main/io/write-atomically';
import { writeExport } from '../../../../src/main/io/write-export';
import { writeFileAtomically } from '../../../../src/main/io/write-file-atomically';
import { tempDir } from '../../../helpers/paths';

/**
 * A disk that fills up: `room` bytes more fit (null: room enough), then the system says `code`.
 * Every write takes the bytes that still fit and then fails, as a write(2) on a full disk does.
 */
const disk = vi.hoisted(() => {
  const state = { room: null as number | null, code: 'ENOSPC' };
  return {
    state,
    /** The part of `bytes` that fits; what is left of the room shrinks by it. */
    fit(bytes: Uint8Array): Uint8Array {
      const fits = bytes.subarray(0, state.room ?? bytes.length);
      if (state.room !== null) state.room -= fits.length;
      return fits;
    },
    full: () => Object.assign(new Error(`${state.code}: no space left on device, write`), { code: state.code }),
  };
});

// The file system as this repository's writers use it (whole files, and the CSV's chunks to a descriptor).
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  const bytesOf = (data: unknown) => (typeof data === 'string' ? Buffer.from(data) : (data as Uint8Array));
  return {
    ...actual,
    writeFileSync: (path: string, data: unknown, ...rest: unknown[]) => {
      if (disk.state.room === null) return actual.writeFileSync(path, data as string, ...(rest as []));
      const fits = disk.fit(bytesOf(data));
      actual.writeFileSync(path, fits);
      if (fits.length < bytesOf(data).length) throw disk.full();
    },
    writeSync: (fd: number, data: unknown, ...rest: unknown[]) => {
      if (disk.state.room === null) return actual.writeSync(fd, data as string, ...(rest as []));
      const fits = disk.fit(bytesOf(data));
      actual.writeSync(fd, fits);
      if (fits.length < bytesOf(data).length) throw disk.full();
      return fits.length;
    },
  };
});

// ExcelJS streams to disk through Node's own fs (not the module above): its write stream fills up the same way.
const nodeFs = createRequire(import.meta.url)('node:fs') as typeof import('node:fs');
function fillingStream(path: string): Writable {
  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      const fits = disk.fit(chunk);
      appendFileSync(path, fits);
      done(fits.length < chunk.length ? disk.full() : undefined);
    },
  });
}

afterEach(() => {
  disk.state.room = null;
  disk.state.code = 'ENOSPC';
  vi.restoreAllMocks();
});

const sheets = [
  {
    name: 'Lost',
    header: ['id', 'spend'],
    kinds: ['text', 'money'] as ('text' | 'money')[],
    rows: Array.from({ length: 2000 }, (_, i) => [`customer ${i}`, i * 1.5]),
  },
];

/** A folder holding `members.<ext>` as an earlier export left it. */
function folderWithEarlierExport(ext: string) {
  const dir = tempDir('segdesk-full-');
  const file = join(dir, `members.${ext}`);
  writeFileSync(file, 'the earlier export');
  return { dir, file };
}

const fullDiskMessage = (file: string) =>
  `The disk is full, so ${file} could not be written. No partial file was left; the workspace and any file already there are intact. Free some space and try again.`;

describe('an export on a full disk', () => {
  for (const code of ['ENOSPC', 'EDQUOT']) {
    it(`${code} while writing: E_DISK_FULL, the half-written file removed, a file already there untouched`, async () => {
      const { dir, file } = folderWithEarlierExport('csv');
      const write = (temp: string) => {
        writeFileSync(temp, 'id,segm'); // half of it, then the disk says no
        throw Object.assign(new Error(`${code}: no space left on device, write`), { code });
      };
      await expect(writeAtomically(file, write)).rejects.toMatchObject({
        code: 'E_DISK_FULL',
        message: fullDiskMessage(file),
        details: { path: file, code },
      });
      expect(readdirSync(dir)).toEqual(['members.csv']);
      expect(readFileSync(file, 'utf8')).toBe('the earlier export');
    });
  }

  it('a CSV streamed in chunks, and whole files (a report as HTML or PDF, moves, a chart): E_DISK_FULL, no partial file', async () => {
    const { dir, file } = folderWithEarlierExport('csv');
    disk.state.room = 10_000;
    const lines = Array.from({ length: 20_000 }, (_, i) => [`customer ${i}`, 'Champions', i]);
    await expect(
      writeExport(file, { format: 'csv', lines, delimiter: ',', encoding: 'utf8', count: lines.length }),
    ).rejects.toMatchObject({ code: 'E_DISK_FULL', message: fullDiskMessage(file), details: { path: file } });
    expect(disk.state.room).toBe(0); // it did fill up, part-way through the file
    const report = join(dir, 'report.pdf');
    await expect(writeFileAtomically(report, new Uint8Array(64))).rejects.toMatchObject({
      code: 'E_DISK_FULL',
      message: fullDiskMessage(report),
    });
    expect(readdirSync(dir)).toEqual(['members.csv']);
    expect(readFileSync(file, 'utf8')).toBe('the earlier export');
  });

  it('an XLSX workbook streamed onto a disk that fills up: E_DISK_FULL, no partial file', async () => {
    const { dir, file } = folderWithEarlierExport('xlsx');
    disk.state.room = 4096;
    disk.state.code = 'EDQUOT';
    vi.spyOn(nodeFs, 'createWriteStream').mockImplementation((path) => fillingStream(String(path)) as never);
    await expect(writeExport(file, { format: 'xlsx', sheets, skipRows: 0 })).rejects.toMatchObject({
      code: 'E_DISK_FULL',
      message: fullDiskMessage(file),
      details: { path: file, code: 'EDQUOT' },
    });
    expect(disk.state.room).toBe(0);
    expect(readdirSync(dir)).toEqual(['members.xlsx']);
    expect(readFileSync(file, 'utf8')).toBe('the earlier export');
  });
});
