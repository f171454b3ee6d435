import type { ColumnKind, ColumnSpec } from './infer-column';
import { parseDate, type DateFormat } from './parse-date';
import { parseNumber, type NumberFormat } from './parse-number';

const TRUE = new Set(['true', 'yes', 'y', 't', '1', '是']);
const FALSE = new Set(['false', 'no', 'n', 'f', '0', '否']);

function best<T>(candidates: T[], values: readonly string[], ok: (v: string, c: T) => boolean): T {
  let winner = candidates[0];
  let most = -1;
  for (const c of candidates) {
    let n = 0;
    for (const v of values) if (ok(v, c)) n++;
    if (n > most) {
      most = n;
      winner = c;
    }
  }
  return winner;
}

/**
 * The spec for a type the user chose: the format under which most of the column's distinct
 * values parse (the others become counted "unparsable" cells).
 */
export function specForKind(kind: ColumnKind, values: readonly string[]): ColumnSpec {
  switch (kind) {
    case 'integer':
    case 'decimal': {
      const formats: NumberFormat[] = [
        { decimal: '.', percent: false, currency: null },
        { decimal: ',', percent: false, currency: null },
        { decimal: '.', percent: true, currency: null },
      ];
      return { kind, number: best(formats, values, (v, f) => !Number.isNaN(parseNumber(v, f))) };
    }
    case 'date':
    case 'datetime': {
      const formats: DateFormat[] = (['ymd', 'dmy', 'mdy', 'compact', 'zh'] as const).map((pattern) => ({
        pattern,
        hasTime: kind === 'datetime',
        ambiguous: false,
      }));
      return { kind, date: best(formats, values, (v, f) => !Number.isNaN(parseDate(v, f))) };
    }
    case 'boolean':
      return {
        kind,
        truthy: values.filter((v) => TRUE.has(v.trim().toLowerCase())),
        falsy: values.filter((v) => FALSE.has(v.trim().toLowerCase())),
      };
    default:
      return { kind };
  }
}
