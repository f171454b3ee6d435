import { MAX_SKIP_ROWS } from '../../../shared/text-formats';
import { detectDateFormat } from './types/parse-date';
import { detectNumberFormat } from './types/parse-number';

/** Records looked at to find the header below title lines. */
export const TITLE_WINDOW = 30;

/**
 * How many of the first records are title lines above the header ("Sales report, March
 * 2024", a line with one filled cell): those before the first record that fills at least
 * half as many cells as the fullest record, and two or more.
 */
export function titleRows(records: readonly (readonly (string | null)[])[]): number {
  const filled = records.map((fields) => fields.filter((f) => f !== null && f.trim() !== '').length);
  const need = Math.max(2, Math.ceil(Math.max(0, ...filled) / 2));
  const first = filled.findIndex((n) => n >= need);
  return first <= 0 ? 0 : Math.min(first, MAX_SKIP_ROWS);
}

/** A first record that holds a number or a date is data, not a header. */
export function looksLikeData(fields: readonly (string | null)[]): boolean {
  return fields.some(
    (f) =>
      f !== null &&
      f.trim() !== '' &&
      (detectNumberFormat([f.trim()]) !== null || detectDateFormat([f.trim()]) !== null),
  );
}
