import type { ColumnType } from '../../../shared/schemas';

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const ZERO_PADDED = /^[+-]?0\d/;

/** Parses a plain decimal number; anything else (including zero-padded ids) is NaN. */
export function parseNumber(text: string): number {
  const t = text.trim();
  if (!NUMBER.test(t) || ZERO_PADDED.test(t)) return Number.NaN;
  return Number(t);
}

/** A column is numeric when every non-empty value is a plain number; empty cells are nulls. */
export function inferColumnType(values: readonly string[]): ColumnType {
  let seen = false;
  for (const v of values) {
    if (v.trim() === '') continue;
    if (Number.isNaN(parseNumber(v))) return 'text';
    seen = true;
  }
  return seen ? 'number' : 'text';
}
