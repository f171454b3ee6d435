import { AppError } from '../../../shared/errors';
import { createTranslate } from '../../../shared/i18n';
import type { ExportEncoding, MembersExport, SummaryExport } from '../../../shared/exports';
import type { Language } from '../../../shared/schemas';
import type { RunResult } from '../../../shared/segments';
import { uniqueNames } from '../io/unique-names';
import type { Cell } from './csv-text';
import { exportNumber, moneyFormat } from './export-number';
import { guessPersonal, maskValue } from './mask-personal';
import { sheetParts, XLSX_MAX_ROWS } from './sheet-parts';
import type { SourceColumn } from './member-columns';
import { summaryTable } from './summary-table';
import type { Sheet, SheetKind } from './xlsx-book';

/**
 * An export ready to be written: CSV lines (the header first) or XLSX sheets, whose rows are made
 * as the file streams. `count` counts the members; `skipRows`, the sheet rows that are not members.
 */
export type ExportParts =
  | {
      format: 'csv';
      lines: Iterable<readonly Cell[]>;
      delimiter: string;
      encoding: ExportEncoding;
      count: number;
      /** UTF-8 only: false writes no byte-order mark (default true). */
      bom?: boolean;
    }
  | { format: 'xlsx'; sheets: Sheet[]; skipRows: number };

export interface MemberSource {
  result: RunResult;
  notes: Record<string, string>;
  /** The dataset's currency (ISO 4217): money is written in its decimals. */
  currency: string;
  columns: SourceColumn[];
  /** Each member's segment index. */
  segmentOf: ArrayLike<number>;
  /** A CLV run's churn-risk list: 1 for each member on it; null for a run that has none. */
  churnRisk?: ArrayLike<number> | null;
  /** A cross-sell list's members (row numbers), when the export asked for one (`listId`). */
  listRows?: ArrayLike<number> | null;
}

const days = new Map<number, string>();
const isoDate = (ms: number, withTime: boolean) => {
  if (!withTime) {
    // A list's dates repeat (a few thousand days for a million customers): each written once.
    let day = days.get(ms);
    if (day === undefined) {
      if (days.size >= 100_000) days.clear();
      days.set(ms, (day = new Date(ms).toISOString().slice(0, 10)));
    }
    return day;
  }
  const iso = new Date(ms).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
};

/** The columns an export asked for, in its order (the standard ones when it named none); an unknown key is an error. */
function chooseColumns(all: SourceColumn[], keys: readonly string[] | undefined): SourceColumn[] {
  if (!keys) return all.filter((c) => c.standard);
  return keys.map((key) => {
    const column = all.find((c) => c.key === key);
    if (!column)
      throw new AppError('E_INVALID_INPUT', `This run has no column "${key}" to export.`, {
        column: key,
        columns: all.map((c) => c.key),
      });
    return column;
  });
}

/**
 * A run's members as a CSV or XLSX export: all segments or the chosen ones, the chosen columns,
 * personal columns masked on request. CSV is one table (RFC 4180, formula-neutralised text, in the
 * chosen encoding); XLSX has a summary sheet and one sheet per segment — a segment of more rows than a
 * sheet holds (`maxRows`, Excel's 1,048,576 with the header) in as many parts as it takes.
 */
export function membersExport(source: MemberSource, options: MembersExport, maxRows = XLSX_MAX_ROWS): ExportParts {
  const { result } = source;
  const { lang } = options;
  const segments = [...new Set(options.segments ?? result.segments.map((_, i) => i))];
  for (const s of segments) {
    if (s >= result.segments.length)
      throw new AppError(
        'E_INVALID_INPUT',
        `This run has ${result.segments.length} segments; there is no segment ${s}.`,
        { segment: s },
      );
  }
  const columns = chooseColumns(source.columns, options.columns);
  const masked = new Set(options.mask);
  for (const key of masked) chooseColumns(source.columns, [key]);
  const header = uniqueNames(columns.map((c) => c.label[lang]));
  const kinds: SheetKind[] = columns.map((c) => (masked.has(c.key) ? 'text' : c.kind === 'number' ? c.style : c.kind));
  const cell = (c: SourceColumn, row: number, forCsv: boolean): Cell => {
    const v = c.value(row);
    if (v === null) return null;
    const isDate = c.kind === 'date' || c.kind === 'datetime';
    // A masked date keeps its year only (a birthday becomes a birth year); any other value is masked as its kind says.
    if (masked.has(c.key))
      return isDate && typeof v === 'number'
        ? String(new Date(v).getUTCFullYear())
        : maskValue(c.personal ?? guessPersonal(String(v)), String(v));
    if (isDate && typeof v === 'number') return forCsv ? isoDate(v, c.kind === 'datetime') : v;
    return typeof v === 'number' ? exportNumber(v, c.style, source.currency, forCsv ? 'csv' : 'xlsx') : v;
  };
  const wanted = new Set(segments);
  const n = source.segmentOf.length;
  const list = listOf(source, options);
  const rowsOf = (keep: (segment: number) => boolean, forCsv: boolean) =>
    (function* () {
      for (let row = 0; row < n; row++)
        if (keep(source.segmentOf[row]) && list.has(row)) yield columns.map((c) => cell(c, row, forCsv));
    })();
  if (options.format === 'csv') {
    const members = rowsOf((s) => wanted.has(s), true);
    return {
      format: 'csv',
      lines: (function* () {
        yield header;
        yield* members;
      })(),
      delimiter: options.delimiter,
      encoding: options.encoding,
      count: segments.reduce((sum, s) => sum + list.customers[s], 0),
    };
  }
  const summary = summarySheet(result, source.notes, lang, source.currency);
  const money = summary.moneyFormat;
  const sheets = [
    summary,
    // A list (the churn-risk customers) leaves out the segments with none on it.
    ...segments
      .filter((s) => (!options.only && options.listId === undefined) || list.customers[s] > 0)
      .flatMap((s) =>
        sheetParts(
          {
            name: result.segments[s].name[lang],
            header,
            kinds,
            rows: rowsOf((x) => x === s, false),
            moneyFormat: money,
          },
          list.customers[s],
          lang,
          maxRows,
        ),
      ),
  ];
  return { format: 'xlsx', sheets, skipRows: result.segments.length + 1 };
}

/**
 * The members an export keeps (all, or those on the list `only` names: a CLV run's churn-risk
 * list, E_BAD_SPEC for a run that has none; and those on the cross-sell list `listId`, whose
 * rows the source holds) and how many of each segment that is.
 */
export function listOf(
  source: MemberSource,
  options: Pick<MembersExport, 'only' | 'listId' | 'lang'>,
): { has(row: number): boolean; customers: number[] } {
  const all = source.result.segments.map((s) => s.customers);
  if (!options.only && options.listId === undefined) return { has: () => true, customers: all };
  const flags = options.only ? churnFlags(source, options) : null;
  const onList = options.listId === undefined ? null : listFlags(source.listRows, source.segmentOf.length);
  const has = (row: number) => (!flags || flags[row] === 1) && (!onList || onList[row] === 1);
  const customers = all.map(() => 0);
  for (let row = 0; row < source.segmentOf.length; row++) if (has(row)) customers[source.segmentOf[row]]++;
  return { has, customers };
}

/** A CLV run's churn-risk flags; E_BAD_SPEC for a run that has none. */
function churnFlags(source: MemberSource, options: Pick<MembersExport, 'only' | 'lang'>): ArrayLike<number> {
  const flags = source.churnRisk;
  if (!flags)
    throw new AppError('E_BAD_SPEC', createTranslate(options.lang)('clvCli.noChurnList'), {
      only: options.only,
      model: source.result.model,
    });
  return flags;
}

/** 1 for each member on a cross-sell list. */
function listFlags(rows: ArrayLike<number> | null | undefined, size: number): Uint8Array {
  if (!rows) throw new AppError('E_INTERNAL', 'The cross-sell list’s members were not read.');
  const on = new Uint8Array(size);
  for (let i = 0; i < rows.length; i++) if (rows[i] < size) on[rows[i]] = 1;
  return on;
}

/** The segment summary as a workbook's sheet: its numbers rounded as its kinds say, money in the currency's format. */
function summarySheet(result: RunResult, notes: Record<string, string>, lang: Language, currency: string): Sheet {
  const table = summaryTable(result, notes, lang, currency);
  return {
    name: lang === 'zh-CN' ? '分群汇总' : 'Summary',
    ...table,
    rows: table.rows.map((row) => roundRow(row, table.kinds, currency, 'xlsx')),
    moneyFormat: moneyFormat(currency, lang),
  };
}

/** Each number of a row rounded as its column's kind says (exportNumber). */
const roundRow = (row: readonly Cell[], kinds: readonly SheetKind[], currency: string, target: 'csv' | 'xlsx') =>
  row.map((v, c) => (typeof v === 'number' ? exportNumber(v, kinds[c], currency, target) : v));

/** The segment summary (one row per segment and one for all, with notes) as a CSV or XLSX export, in the dataset's currency. */
export function summaryExport(
  result: RunResult,
  notes: Record<string, string>,
  currency: string,
  options: SummaryExport,
): ExportParts {
  if (options.format === 'csv') {
    const table = summaryTable(result, notes, options.lang, currency);
    return {
      format: 'csv',
      lines: [table.header, ...table.rows.map((row) => roundRow(row, table.kinds, currency, 'csv'))],
      delimiter: options.delimiter,
      encoding: options.encoding,
      count: table.rows.length,
    };
  }
  return { format: 'xlsx', sheets: [summarySheet(result, notes, options.lang, currency)], skipRows: 0 };
}
