/** A field was wrapped in double quotes. */
export const QUOTED = 1;
/** A quoted field contains "" pairs that stand for one quote each. */
export const ESCAPED = 2;
/** Text followed the closing quote before the delimiter: the raw bytes are kept as they are. */
export const MALFORMED = 4;

const decoder = new TextDecoder();

/** The text of a field, quotes unescaped. */
export function fieldText(bytes: Uint8Array, start: number, end: number, flags: number): string {
  const text = decoder.decode(bytes.subarray(start, end));
  return flags & ESCAPED ? text.replace(/""/g, '"') : text;
}
