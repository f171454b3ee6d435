import { AppError } from '../../../../shared/errors';

/** One file of a zip as its central directory lists it, and where its bytes are. */
export interface ZipPart {
  name: string;
  /** 0 = stored, 8 = deflated. */
  method: number;
  /** Bytes in the archive. */
  compressedSize: number;
  /** Bytes it declares it unpacks to (checked while inflating, never trusted). */
  size: number;
  /** Offset of the local header. */
  headerOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX16 = 0xffff;
const MAX32 = 0xffffffff;

const damaged = (why: string) => new AppError('E_BAD_XLSX', `The workbook is damaged: ${why}.`);

function u64(view: DataView, at: number): number {
  return view.getUint32(at, true) + view.getUint32(at + 4, true) * 2 ** 32;
}

/** Where the central directory starts and how many entries it has (zip64 when the plain record overflows). */
function findDirectory(view: DataView): { offset: number; count: number } {
  const floor = Math.max(0, view.byteLength - 22 - MAX16);
  let end = -1;
  for (let i = view.byteLength - 22; i >= floor; i--) {
    if (view.getUint32(i, true) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) throw damaged('no end of central directory');
  let count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  if ((count === MAX16 || offset === MAX32) && end >= 20 && view.getUint32(end - 20, true) === ZIP64_LOCATOR) {
    const at = u64(view, end - 12);
    if (at + 56 > view.byteLength || view.getUint32(at, true) !== ZIP64_EOCD) throw damaged('bad zip64 record');
    count = u64(view, at + 32);
    offset = u64(view, at + 48);
  }
  return { offset, count };
}

/** The zip64 extra field's values replace the 32-bit ones that are all ones, in this order. */
function zip64Values(view: DataView, at: number, length: number, wanted: number[]): number[] {
  const out = [...wanted];
  for (let p = at; p + 4 <= at + length; ) {
    const id = view.getUint16(p, true);
    const size = view.getUint16(p + 2, true);
    if (id === 1) {
      let q = p + 4;
      for (let k = 0; k < out.length && q + 8 <= p + 4 + size; k++) {
        if (out[k] === MAX32) {
          out[k] = u64(view, q);
          q += 8;
        }
      }
    }
    p += 4 + size;
  }
  return out;
}

/**
 * Lists a zip's files from its central directory (the zip's own index; local headers are only
 * used to find where a file's bytes start). Damage is E_BAD_XLSX: the caller reads workbooks.
 */
export function zipDirectory(bytes: Uint8Array): Map<string, ZipPart> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { offset, count } = findDirectory(view);
  const parts = new Map<string, ZipPart>();
  const decoder = new TextDecoder();
  let p = offset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL) throw damaged('bad central directory');
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength)).replaceAll('\\', '/');
    const [size, compressedSize, headerOffset] = zip64Values(view, p + 46 + nameLength, extraLength, [
      view.getUint32(p + 24, true),
      view.getUint32(p + 20, true),
      view.getUint32(p + 42, true),
    ]);
    if (!name.endsWith('/'))
      parts.set(name, { name, method: view.getUint16(p + 10, true), compressedSize, size, headerOffset });
    p += 46 + nameLength + extraLength + view.getUint16(p + 32, true);
  }
  return parts;
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
