import { AppError } from '../../../../shared/errors';
import { type ZipEntry, zipDirectoryOfBytes } from '../zip-directory';

/** One file of a workbook as the zip's central directory lists it (its sizes checked while inflating, never trusted). */
export type ZipPart = ZipEntry;

const LOCAL = 0x04034b50;

const damaged = (why: string) => new AppError('E_BAD_XLSX', `The workbook is damaged: ${why}.`);

/**
 * Lists a workbook's parts from the zip's central directory (its own index; local headers are
 * only used to find where a part's bytes start). Damage is E_BAD_XLSX: the caller reads workbooks.
 */
export function zipDirectory(bytes: Uint8Array): Map<string, ZipPart> {
  let entries: ZipEntry[];
  try {
    entries = zipDirectoryOfBytes(bytes);
  } catch (err) {
    if (err instanceof AppError && err.code === 'E_BAD_ZIP')
      throw damaged(err.message.replace(/^The archive is damaged: |\.$/g, ''));
    throw err;
  }
  // Some writers separate folders with backslashes.
  const parts = entries.map((e) => ({ ...e, name: e.name.replaceAll('\\', '/') }));
  return new Map(parts.map((p) => [p.name, p]));
}

/** The archive bytes of a part (after its local header). */
export function partBytes(bytes: Uint8Array, part: ZipPart): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = part.headerOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) throw damaged(`no local header for ${part.name}`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + part.compressedSize > bytes.length) throw damaged(`${part.name} is cut short`);
  return bytes.subarray(start, start + part.compressedSize);
}
