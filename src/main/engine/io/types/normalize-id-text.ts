/**
 * One spelling per id, so the same customer matches across files: numbers become their
 * integer text (17850 and "17850.0" are both "17850"), text is trimmed, and zero-padded ids
 * keep their zeros ("0001" stays "0001"). Empty → null.
 */
export function normalizeIdText(value: string | number | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null;
  const t = value.trim();
  if (t === '') return null;
  const m = /^([1-9]\d*|0)\.0+$/.exec(t);
  return m ? m[1] : t;
}
