import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { AppError } from '../../../shared/errors';

/** One file of a zip as its central directory declares it (nothing here is trusted until inflated). */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  crc: number;
  compressedSize: number;
  /** The uncompressed size the archive declares. */
  size: number;
  /** Where the entry's local header starts. */
  headerOffset: number;
}

/** A zip on disk, read by position. */
export interface ZipFile {
  file: string;
  size: number;
  entries: ZipEntry[];
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const U32_MAX = 0xffffffff;

const damaged = (why: string) => new AppError('E_BAD_ZIP', `The archive is damaged: ${why}.`);

/** Bytes [at, at + length) of an open file; short reads are damage. */
export function readAt(fd: number, at: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  const n = readSync(fd, buffer, 0, length, at);
  if (n !== length) throw damaged('it ends before a record it points to');
  return buffer;
}

/** Bytes [at, at + length) of a zip, from a file or from memory. */
type ReadZip = (at: number, length: number) => Buffer;

/** Where the central directory is and how many entries it has (zip64 where the classic fields are full). */
function findDirectory(read: ReadZip, size: number): { at: number; length: number; count: number } {
  const tailLength = Math.min(size, 22 + 0xffff + 20);
  const tail = read(size - tailLength, tailLength);
  let e = tail.length - 22;
  while (e >= 0 && tail.readUInt32LE(e) !== EOCD) e--;
  if (e < 0) throw damaged('no end of central directory');
  let count = tail.readUInt16LE(e + 10);
  let length = tail.readUInt32LE(e + 12);
  let at = tail.readUInt32LE(e + 16);
  if (e >= 20 && tail.readUInt32LE(e - 20) === ZIP64_LOCATOR) {
    const z = read(Number(tail.readBigUInt64LE(e - 12)), 56);
    if (z.readUInt32LE(0) !== ZIP64_EOCD) throw damaged('a zip64 locator points at nothing');
    count = Number(z.readBigUInt64LE(32));
    length = Number(z.readBigUInt64LE(40));
    at = Number(z.readBigUInt64LE(48));
  }
  if (at + length > size) throw damaged('the central directory lies beyond the end of the file');
  return { at, length, count };
}

/** The zip64 extra field's sizes and offset, for the fields the classic record left full. */
function zip64Fields(extra: Buffer, entry: ZipEntry): void {
  for (let i = 0; i + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(i);
    const length = extra.readUInt16LE(i + 2);
    if (id === 0x0001) {
      let at = i + 4;
      const next = () => {
        if (at + 8 > i + 4 + length) throw damaged('a zip64 field is cut short');
        const v = Number(extra.readBigUInt64LE(at));
        at += 8;
        return v;
      };
      if (entry.size === U32_MAX) entry.size = next();
      if (entry.compressedSize === U32_MAX) entry.compressedSize = next();
      if (entry.headerOffset === U32_MAX) entry.headerOffset = next();
      return;
    }
    i += 4 + length;
  }
}

/** The central directory's records, as declared; folders are left out. */
function parseEntries(directory: Buffer, count: number, size: number): ZipEntry[] {
  const entries: ZipEntry[] = [];
  let at = 0;
  for (let k = 0; k < count; k++) {
    if (at + 46 > directory.length || directory.readUInt32LE(at) !== CENTRAL) throw damaged('a directory record');
    const flags = directory.readUInt16LE(at + 8);
    const nameLength = directory.readUInt16LE(at + 28);
    const extraLength = directory.readUInt16LE(at + 30);
    const end = at + 46 + nameLength + extraLength + directory.readUInt16LE(at + 32);
    if (end > directory.length) throw damaged('a directory record runs past the directory');
    const nameBytes = directory.subarray(at + 46, at + 46 + nameLength);
    const entry: ZipEntry = {
      name: nameBytes.toString(flags & 0x800 ? 'utf8' : 'latin1'),
      method: directory.readUInt16LE(at + 10),
      crc: directory.readUInt32LE(at + 16),
      compressedSize: directory.readUInt32LE(at + 20),
      size: directory.readUInt32LE(at + 24),
      headerOffset: directory.readUInt32LE(at + 42),
    };
    zip64Fields(directory.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength), entry);
    if (flags & 1) throw new AppError('E_BAD_ZIP', `The archive is encrypted (${entry.name}); it cannot be read.`);
    if (entry.headerOffset + entry.compressedSize > size)
      throw damaged(`${entry.name} lies beyond the end of the file`);
    if (!entry.name.endsWith('/')) entries.push(entry);
    at = end;
  }
  return entries;
}

/** A zip's entries from its central directory, read by position. */
function listEntries(read: ReadZip, size: number): ZipEntry[] {
  if (size < 22) throw damaged('it is too short to be a zip');
  const { at, length, count } = findDirectory(read, size);
  return parseEntries(read(at, length), count, size);
}

/** Lists a zip file's entries from its central directory, reading only the end of the file. */
export function zipDirectory(file: string): ZipFile {
  const size = statSync(file).size;
  const fd = openSync(file, 'r');
  try {
    return { file, size, entries: listEntries((at, length) => readAt(fd, at, length), size) };
  } finally {
    closeSync(fd);
  }
}

/** Lists the entries of a zip held in memory (a workbook), the same way. */
export function zipDirectoryOfBytes(bytes: Uint8Array): ZipEntry[] {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return listEntries((at, length) => {
    if (at < 0 || at + length > buffer.length) throw damaged('it ends before a record it points to');
    return buffer.subarray(at, at + length);
  }, buffer.length);
}

/** An entry that is not what the directory says it is. */
export const lie = (entry: ZipEntry, why: string, details: object = {}) =>
  new AppError('E_BAD_ZIP', `The archive is damaged: ${entry.name} ${why}.`, { entry: entry.name, ...details });

/**
 * Where an entry's data starts, from its 30-byte local header, once that header agrees with the
 * central directory (the same method; the same sizes where it repeats them) and the data fits in
 * the `size` bytes of the zip.
 */
export function localDataStart(header: Buffer, entry: ZipEntry, size: number): number {
  if (header.length < 30 || header.readUInt32LE(0) !== LOCAL)
    throw lie(entry, 'has no local header where the directory says');
  if (header.readUInt16LE(8) !== entry.method) throw lie(entry, 'is compressed two different ways');
  // Without a data descriptor (flag 3) the local header repeats the sizes; zip64 puts them elsewhere.
  if ((header.readUInt16LE(6) & 8) === 0) {
    const local = { compressedSize: header.readUInt32LE(18), size: header.readUInt32LE(22) };
    for (const field of ['compressedSize', 'size'] as const)
      if (local[field] !== U32_MAX && local[field] !== entry[field])
        throw lie(entry, `declares ${local[field]} bytes in its local header but ${entry[field]} in the directory`, {
          field,
          local: local[field],
          directory: entry[field],
        });
  }
  const start = entry.headerOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  if (start + entry.compressedSize > size) throw lie(entry, 'runs past the end of the file');
  return start;
}
