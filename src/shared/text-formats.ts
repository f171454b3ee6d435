/**
 * What the importer reads of delimited text, as plain values: the schemas in import-settings.ts
 * are built from them, and the readers (the part-reader thread among them) use them without
 * loading zod.
 */

/** Title lines above a header that are skipped at most. */
export const MAX_SKIP_ROWS = 20;

/** Encodings the importer reads (iconv-lite names). */
export const ENCODINGS = [
  'utf-8',
  'utf-16le',
  'utf-16be',
  'gb18030',
  'big5',
  'shift_jis',
  'euc-kr',
  'windows-1252',
] as const;
export type Encoding = (typeof ENCODINGS)[number];

/** Field separators of delimited text; "whitespace" is runs of spaces and tabs (aligned text). */
export const DELIMITERS = [',', ';', '\t', '|', 'whitespace'] as const;
export type Delimiter = (typeof DELIMITERS)[number];
