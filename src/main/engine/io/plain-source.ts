import type { RawTable, SourceFormat } from './raw-table';

/** The source facts of a file read whole, with no compression, text encoding, delimiter or sheets. */
export function plainSource(
  format: SourceFormat,
): Pick<RawTable, 'format' | 'compression' | 'encoding' | 'delimiter' | 'sheet' | 'sheets'> {
  return { format, compression: null, encoding: null, delimiter: null, sheet: null, sheets: [] };
}
