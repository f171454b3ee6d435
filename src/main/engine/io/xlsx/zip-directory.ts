import { AppError } from '../../../../shared/errors';
import { localDataStart, type ZipEntry, zipDirectoryOfBytes } from '../zip-directory';

/** One file of a workbook as the zip's central directory lists it (its sizes checked while inflating, never trusted). */
export type ZipPart = ZipEntry;

const damaged = (why: string) => new AppError('E_BAD_XLSX', `The workbook is damaged: ${why}.`);

/** A damaged zip is a damaged workbook to the user. */
function asWorkbook<T>(read: () => T): T {
  try {
    return read();
  } catch (err) {
    if (err instanceof AppError && err.code === 'E_BAD_ZIP')
      throw damaged(err.message.replace(/^The archive is damaged: |\.$/g, ''));
    throw err;
  }
}

/**
 * Lists a workbook's parts from the zip's central directory (its own index; local headers are
 * only used to find where a part's bytes start). Damage is E_BAD_XLSX: the caller reads workbooks.
 */
export function zipDirectory(bytes: Uint8Array): Map<string, ZipPart> {
  // Some writers separate folders with backslashes.
  const parts = asWorkbook(() => zipDirectoryOfBytes(bytes)).map((e) => ({ ...e, name: e.name.replaceAll('\\', '/') }));
  return new Map(parts.map((p) => [p.name, p]));
}

/** The archive bytes of a part (after its local header, which must agree with the directory). */
export function partBytes(bytes: Uint8Array, part: ZipPart): Uint8Array {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const start = asWorkbook(() =>
    localDataStart(buffer.subarray(part.headerOffset, part.headerOffset + 30), part, buffer.length),
  );
  return bytes.subarray(start, start + part.compressedSize);
}
