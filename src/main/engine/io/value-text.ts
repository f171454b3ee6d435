const decoder = new TextDecoder();

/** Calendar text of UTC milliseconds: "YYYY-MM-DD", or with the time when there is one. */
export function calendarText(ms: number): string {
  const iso = new Date(ms).toISOString();
  return ms % 86_400_000 === 0 ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
}

/** A typed value from Parquet or Arrow as the cell text the type inference reads back. */
export function valueText(value: unknown, temporal = false): string | null {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case 'string':
      return value;
    case 'number':
      // NaN is a float column's missing value; an infinity is written out, to be counted as out of range.
      if (Number.isNaN(value)) return null;
      if (!Number.isFinite(value)) return String(value);
      return temporal ? calendarText(value) : String(value);
    case 'bigint':
      return temporal ? calendarText(Number(value)) : value.toString();
    case 'boolean':
      return value ? 'true' : 'false';
    default:
      if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : calendarText(value.getTime());
      if (value instanceof Uint8Array) return decoder.decode(value);
      return JSON.stringify(value, (_k, v) => (typeof v === 'bigint' ? v.toString() : v));
  }
}
