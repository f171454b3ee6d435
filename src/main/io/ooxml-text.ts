const ESCAPE_LIKE = /_(x[0-9A-Fa-f]{4}_)/g;
// Characters an XML 1.0 text cannot carry (C0 controls but tab and line feed) and the carriage
// return, which every XML reader turns into a line feed.
// oxlint-disable-next-line no-control-regex -- these controls are what it finds
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000D\u000E-\u001F\uFFFE\uFFFF]/g;

const hex = (c: string) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`;

/**
 * A cell text as OOXML writes it (ECMA-376's ST_Xstring, as Excel does): a carriage return and
 * the controls XML cannot hold become `_x000D_`-style escapes, and a text that already looks like
 * one keeps its `_` as `_x005F_` — so every reader (Excel, ours) gets the text back as written.
 */
export function ooxmlText(text: string): string {
  const kept = text.includes('_x') ? text.replace(ESCAPE_LIKE, '_x005F_$1') : text;
  return kept.replace(UNSAFE, hex);
}
