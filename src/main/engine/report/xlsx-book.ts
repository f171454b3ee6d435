import type { NumberStyle } from '../../../shared/member-fields';
import type { Cell } from './csv-text';

/** How a sheet column's cells are written: text, a number in its style (see exportNumber), or a date. */
export type SheetKind = NumberStyle | 'text' | 'date' | 'datetime';

export interface Sheet {
  name: string;
  header: string[];
  kinds: SheetKind[];
  /** Dates as UTC ms; numbers as exportNumber rounds them. */
  rows: Iterable<readonly Cell[]>;
  /** Excel's number format for the money columns (moneyFormat: the currency's symbol and decimals). */
  moneyFormat?: string;
}

/** Characters Excel refuses in a sheet name, and its 31-character limit; names kept unique. */
export function sheetNames(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((raw) => {
    const base = Array.from(
      raw
        .replace(/[[\]:*?/\\]/g, ' ')
        .replace(/^'+|'+$/g, '')
        .trim() || 'Sheet',
    )
      .slice(0, 31)
      .join('');
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++)
      name = `${Array.from(base)
        .slice(0, 31 - String(n).length - 1)
        .join('')}~${n}`;
    used.add(name.toLowerCase());
    return name;
  });
}
