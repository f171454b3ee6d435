import { statSync, writeFileSync } from 'node:fs';
import { AppError } from '../../../shared/errors';
import type { ExportResult, MembersExport, SummaryExport } from '../../../shared/exports';
import type { RunResult } from '../../../shared/segments';
import { uniqueNames } from '../io/unique-names';
import { csvText, encodeText, type Cell } from './csv-text';
import { guessPersonal, maskValue } from './mask-personal';
import type { SourceColumn } from './member-columns';
import { summaryTable } from './summary-table';
import { writeAtomically } from './write-atomically';
import { writeXlsx, type SheetKind } from './xlsx-book';

export interface MemberSource {
  result: RunResult;
  notes: Record<string, string>;
  columns: SourceColumn[];
  /** Each member's segment index. */
  segmentOf: ArrayLike<number>;
}

const isoDate = (ms: number, withTime: boolean) => {
  const iso = new Date(ms).toISOString();
  return withTime ? `${iso.slice(0, 10)} ${iso.slice(11, 19)}` : iso.slice(0, 10);
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
 * Writes a run's members to a CSV or XLSX file: all segments or the chosen ones, the chosen columns,
 * personal columns masked on request. CSV is one table (RFC 4180, formula-neutralised text, in the
 * chosen encoding); XLSX has a summary sheet and one sheet per segment.
 */
export async function writeMembersExport(
  source: MemberSource,
  options: MembersExport,
  filePath: string,
  checkCancel: () => void = () => undefined,
): Promise<Omit<ExportResult, 'path' | 'fileName'>> {
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
  const kinds: SheetKind[] = columns.map((c) => (masked.has(c.key) ? 'text' : c.kind === 'number' ? 'number' : c.kind));
  const cell = (c: SourceColumn, row: number, forCsv: boolean): Cell => {
    const v = c.value(row);
    if (v === null) return null;
    const isDate = c.kind === 'date' || c.kind === 'datetime';
    // A masked date keeps its year only (a birthday becomes a birth year); any other value is masked as its kind says.
    if (masked.has(c.key))
      return isDate
        ? String(new Date(v as number).getUTCFullYear())
        : maskValue(c.personal ?? guessPersonal(String(v)), String(v));
    if (isDate) return forCsv ? isoDate(v as number, c.kind === 'datetime') : v;
    return v;
  };
  const wanted = new Set(segments);
  const n = source.segmentOf.length;
  const rowsOf = (keep: (segment: number) => boolean, forCsv: boolean) =>
    (function* () {
      for (let row = 0; row < n; row++) if (keep(source.segmentOf[row])) yield columns.map((c) => cell(c, row, forCsv));
    })();
  let rows = 0;
  let replaced = 0;
  if (options.format === 'csv') {
    const text = csvText([header, ...rowsOf((s) => wanted.has(s), true)], options.delimiter);
    const encoded = encodeText(text, options.encoding);
    replaced = encoded.replaced;
    rows = segments.reduce((sum, s) => sum + result.segments[s].customers, 0);
    checkCancel();
    await writeAtomically(filePath, async (temp) => writeFileSync(temp, encoded.bytes));
  } else {
    const summary = summaryTable(result, source.notes, lang);
    const sheets = [
      { name: lang === 'zh-CN' ? '分群汇总' : 'Summary', ...summary },
      ...segments.map((s) => ({
        name: result.segments[s].name[lang],
        header,
        kinds,
        rows: rowsOf((x) => x === s, false),
      })),
    ];
    checkCancel();
    await writeAtomically(filePath, async (temp) => {
      rows = (await writeXlsx(temp, sheets)) - summary.rows.length;
    });
  }
  return { rows, bytes: fileSize(filePath), replaced };
}

/** Writes the segment summary (one row per segment and one for all, with notes) as CSV or XLSX. */
export async function writeSummaryExport(
  result: RunResult,
  notes: Record<string, string>,
  options: SummaryExport,
  filePath: string,
): Promise<Omit<ExportResult, 'path' | 'fileName'>> {
  const table = summaryTable(result, notes, options.lang);
  let replaced = 0;
  if (options.format === 'csv') {
    const encoded = encodeText(csvText([table.header, ...table.rows], options.delimiter), options.encoding);
    replaced = encoded.replaced;
    await writeAtomically(filePath, async (temp) => writeFileSync(temp, encoded.bytes));
  } else {
    await writeAtomically(
      filePath,
      async (temp) =>
        void (await writeXlsx(temp, [{ name: options.lang === 'zh-CN' ? '分群汇总' : 'Summary', ...table }])),
    );
  }
  return { rows: table.rows.length, bytes: fileSize(filePath), replaced };
}

const fileSize = (path: string) => statSync(path).size;
