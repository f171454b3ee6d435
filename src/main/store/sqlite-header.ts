/** The fields of SQLite's 100-byte database header that validation needs. */
export interface SqliteHeader {
  pageSize: number;
  /** Pages according to the header, or null when the header's size field is not valid. */
  pageCount: number | null;
  walMode: boolean;
  userVersion: number;
  applicationId: number;
}

export const SQLITE_MAGIC = 'SQLite format 3\u0000';
export const SQLITE_HEADER_SIZE = 100;

export function hasSqliteMagic(bytes: Uint8Array): boolean {
  if (bytes.length < SQLITE_MAGIC.length) return false;
  for (let i = 0; i < SQLITE_MAGIC.length; i++) if (bytes[i] !== SQLITE_MAGIC.charCodeAt(i)) return false;
  return true;
}

/** Parses the header (https://www.sqlite.org/fileformat.html §1.3); the caller checked the magic. */
export function parseSqliteHeader(bytes: Uint8Array): SqliteHeader {
  const view = new DataView(bytes.buffer, bytes.byteOffset, SQLITE_HEADER_SIZE);
  const rawPageSize = view.getUint16(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  const changeCounter = view.getUint32(24);
  const inHeaderPages = view.getUint32(28);
  const versionValidFor = view.getUint32(92);
  return {
    pageSize,
    pageCount: inHeaderPages > 0 && versionValidFor === changeCounter ? inHeaderPages : null,
    walMode: bytes[18] === 2 && bytes[19] === 2,
    userVersion: view.getUint32(60),
    applicationId: view.getUint32(68),
  };
}

export function isValidPageSize(size: number): boolean {
  return size >= 512 && size <= 65536 && (size & (size - 1)) === 0;
}
