import { parsePartXml } from './parse-part-xml';
import { StringItem } from './string-item';
import type { ZipPart } from './zip-directory';

/**
 * Most bytes the shared-strings part may unpack to. Its strings must all be held while the sheet
 * is read (cells point into them), so it is capped; 256 MiB of XML is about five million distinct
 * strings of 30 characters, beyond any customer table Excel can hold.
 */
export const MAX_SHARED_STRINGS_BYTES = 256 * 1024 ** 2;

/** The workbook's shared strings, in order (E_FILE_TOO_LARGE past `limit`, before anything is inflated when the part declares it). */
export function readSharedStrings(bytes: Uint8Array, part: ZipPart | null, limit = MAX_SHARED_STRINGS_BYTES): string[] {
  const strings: string[] = [];
  if (!part) return strings;
  const item = new StringItem();
  parsePartXml(bytes, part, limit, {
    open: (name) => item.open(name),
    close(name) {
      if (name === 'si') strings.push(item.take());
      else item.close(name);
    },
    text: (text) => item.add(text),
  });
  return strings;
}
