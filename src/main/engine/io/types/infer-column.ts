import type { ColumnSpec } from '../../../../shared/column-spec';
import { detectDateFormat } from './parse-date';
import { detectNumberFormat, isNotANumber, parseNumber } from './parse-number';

export { COLUMN_KINDS, type ColumnKind, type ColumnSpec } from '../../../../shared/column-spec';

const BOOLEAN_PAIRS: [string, string][] = [
  ['true', 'false'],
  ['yes', 'no'],
  ['y', 'n'],
  ['t', 'f'],
  ['是', '否'],
];
/** 1/0 is a boolean only when the header says so. */
const FLAG_NAME = /^(is|has|was|can)[_\sA-Z]|flag|bool|是否/i;
const CODE = /^[A-Za-z0-9_\-./#]+$/;
export const MAX_CATEGORIES = 50;

function booleanSpec(name: string, uniques: readonly string[]): ColumnSpec | null {
  if (uniques.length === 0 || uniques.length > 2) return null;
  const lower = new Set(uniques.map((u) => u.trim().toLowerCase()));
  const pairs = FLAG_NAME.test(name) ? [...BOOLEAN_PAIRS, ['1', '0'] as [string, string]] : BOOLEAN_PAIRS;
  for (const [t, f] of pairs) {
    if ([...lower].every((v) => v === t || v === f)) {
      return {
        kind: 'boolean',
        truthy: uniques.filter((u) => u.trim().toLowerCase() === t),
        falsy: uniques.filter((u) => u.trim().toLowerCase() === f),
      };
    }
  }
  return null;
}

/**
 * Infers a column's type from its distinct non-empty values (and how often each occurs).
 * Order: boolean; digit strings that must stay text (zero-padded, or too long for a number);
 * YYYYMMDD dates; numbers; dates; code-like ids; low-cardinality categories; text.
 */
export function inferColumn(name: string, uniques: readonly string[], counts: ArrayLike<number>): ColumnSpec {
  if (uniques.length === 0) return { kind: 'text' };
  const bool = booleanSpec(name, uniques);
  if (bool) return bool;

  const trimmed = uniques.map((u) => u.trim());
  // A NaN or #N/A among digit strings does not make them numbers: zero-padded ids stay ids.
  const written = trimmed.filter((u) => !isNotANumber(u));
  const allDigits = written.length > 0 && written.every((u) => /^\d+$/.test(u));
  if (allDigits && written.some((u) => (u.length > 1 && u[0] === '0') || u.length > 15)) return { kind: 'id' };
  if (allDigits && trimmed.every((u) => u.length === 8)) {
    const date = detectDateFormat(trimmed);
    if (date) return { kind: 'date', date };
  }
  const number = detectNumberFormat(trimmed, counts);
  if (number) {
    // Cells that are no number in this format (NaN, 1e400, 1.234,56 among 1,234.56) are unreadable, not fractions.
    const integer = trimmed.every((u) => {
      const v = parseNumber(u, number);
      return v !== v || Number.isInteger(v);
    });
    return { kind: integer ? 'integer' : 'decimal', number };
  }
  const date = detectDateFormat(trimmed);
  if (date) return { kind: date.hasTime ? 'datetime' : 'date', date };

  let total = 0;
  for (let i = 0; i < counts.length; i++) total += counts[i];
  if (uniques.length > MAX_CATEGORIES) {
    // Product codes and invoice numbers: nearly all code-like (a few such as "BANK CHARGES" are not) and mostly with digits.
    const codes = trimmed.filter((u) => CODE.test(u)).length;
    const withDigit = trimmed.filter((u) => /\d/.test(u)).length;
    if (codes >= 0.99 * trimmed.length && withDigit >= 0.9 * trimmed.length) return { kind: 'id' };
  }
  if (uniques.length <= MAX_CATEGORIES && uniques.length <= Math.max(2, total / 2)) return { kind: 'category' };
  return { kind: 'text' };
}
