import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { inflatePart } from '../../../../../../src/main/engine/io/xlsx/inflate-part';
import {
  MAX_SHARED_STRINGS_BYTES,
  readSharedStrings,
} from '../../../../../../src/main/engine/io/xlsx/read-shared-strings';
import { zipDirectory } from '../../../../../../src/main/engine/io/xlsx/zip-directory';

const strings = (n: number) =>
  `<sst>${Array.from({ length: n }, (_, i) => `<si><t>customer ${String(i).padStart(6, '0')}</t></si>`).join('')}</sst>`;

/** A zip of one part whose central directory and local header declare `declared` bytes instead of its real size. */
function lyingZip(name: string, content: string, declared: number, level: 0 | 6): Uint8Array {
  const bytes = zipSync({ [name]: [strToU8(content), { level }] }, { mtime: new Date(Date.UTC(2026, 0, 1)) });
  const view = new DataView(bytes.buffer);
  for (let i = 0; i + 4 < bytes.length; i++) {
    if (view.getUint32(i, true) === 0x04034b50) view.setUint32(i + 22, declared, true);
    if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, declared, true);
  }
  return bytes;
}

describe('inflatePart and the shared-strings cap', () => {
  it('caps the shared strings at 256 MiB', () => {
    expect(MAX_SHARED_STRINGS_BYTES).toBe(268_435_456);
  });

  it('refuses shared strings declaring more than the limit before inflating any, naming the limit and the size seen', () => {
    const content = strings(1000);
    const bytes = zipSync({ 'xl/sharedStrings.xml': strToU8(content) });
    const part = zipDirectory(bytes).get('xl/sharedStrings.xml')!;
    expect(() => readSharedStrings(bytes, part, 10_000)).toThrow(
      expect.objectContaining({
        code: 'E_FILE_TOO_LARGE',
        details: { part: 'xl/sharedStrings.xml', limit: 10_000, seen: content.length },
      }),
    );
    expect(readSharedStrings(bytes, part, content.length).slice(998)).toEqual(['customer 000998', 'customer 000999']);
  });

  it.for([
    ['deflated', 6],
    ['stored', 0],
  ] as const)('hands on no more than a %s part declares, and calls one holding more or less damaged', ([, level]) => {
    const content = strings(2000);
    for (const declared of [4096, content.length + 1]) {
      const bytes = lyingZip('xl/sharedStrings.xml', content, declared, level);
      const part = zipDirectory(bytes).get('xl/sharedStrings.xml')!;
      let handed = 0;
      expect(() => inflatePart(bytes, part, MAX_SHARED_STRINGS_BYTES, (chunk) => (handed += chunk.length))).toThrow(
        expect.objectContaining({
          code: 'E_BAD_XLSX',
          message: expect.stringContaining(`xl/sharedStrings.xml declares ${declared} bytes but holds`),
        }),
      );
      expect(handed).toBeLessThanOrEqual(declared);
    }
  });
});
