import { z } from 'zod';
import { AppError } from '../errors';
import { roleSchema } from '../roles';

const column = z.string().min(1).max(500);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** The ready-made maps of values to groups: Chinese provinces → the seven regions, countries → continents. */
export const MAP_PRESETS = ['china-regions', 'continents'] as const;
export const mapPresetSchema = z.enum(MAP_PRESETS);
export type MapPreset = z.infer<typeof mapPresetSchema>;

/**
 * How a calculated column is made from the dataset's other columns, named by column name. A
 * shape is one of a few common ones — no formula language. Empty cells: any empty input gives
 * an empty cell (a sum with a missing part is not the total), as does a zero divisor, a text
 * without the separator, or a date that is not there.
 */
export const calcDefinitionSchema = z.discriminatedUnion('shape', [
  z.object({ shape: z.literal('sum'), columns: z.array(column).min(1).max(100) }).strict(),
  z.object({ shape: z.literal('difference'), a: column, b: column }).strict(),
  z.object({ shape: z.literal('ratio'), a: column, b: column }).strict(),
  z.object({ shape: z.literal('times'), column, factor: z.number().finite() }).strict(),
  /** A number divided by a constant (not 0: E_DIVIDE_BY_ZERO). */
  z.object({ shape: z.literal('divide'), column, divisor: z.number().finite() }).strict(),
  /** Whole calendar days (UTC) from `from` to `to`. */
  z.object({ shape: z.literal('daysBetween'), from: column, to: column }).strict(),
  /**
   * Whole days from the date to the analysis day: `day` as chosen, or (null when asked) the day
   * after the column's last date — resolved when the column is added and kept, so appended rows
   * are counted to the same day.
   */
  z.object({ shape: z.literal('daysToAnalysis'), column, day: day.nullable() }).strict(),
  z.object({ shape: z.literal('year'), column }).strict(),
  /** Bands between ascending edges: below the first, [edge i, edge i+1), from the last up. */
  z.object({ shape: z.literal('bands'), column, edges: z.array(z.number().finite()).max(100) }).strict(),
  /**
   * Values → groups: the user's map first, then the preset's (in `language`), else `other`.
   */
  z
    .object({
      shape: z.literal('map'),
      column,
      groups: z.record(z.string(), z.string().min(1).max(200)),
      preset: mapPresetSchema.nullable(),
      language: z.enum(['en', 'zh-CN']),
      other: z.string().min(1).max(200),
    })
    .strict(),
  z.object({ shape: z.enum(['before', 'after']), column, separator: z.string().min(1).max(50) }).strict(),
]);
export type CalcDefinition = z.infer<typeof calcDefinitionSchema>;
export type CalcShape = CalcDefinition['shape'];

/** Every shape, in the order the dialog and the CLI offer them. */
export const CALC_SHAPES: readonly CalcShape[] = [
  'sum',
  'difference',
  'ratio',
  'times',
  'divide',
  'daysBetween',
  'daysToAnalysis',
  'year',
  'bands',
  'map',
  'before',
  'after',
];

/** The columns a definition reads, by name, each once in order. */
export function columnsUsedBy(definition: CalcDefinition): string[] {
  const d = definition;
  const names =
    d.shape === 'sum'
      ? d.columns
      : d.shape === 'difference' || d.shape === 'ratio'
        ? [d.a, d.b]
        : d.shape === 'daysBetween'
          ? [d.from, d.to]
          : [d.column];
  return [...new Set(names)];
}

/** The calculated columns (of a dataset's columns) that read `column`. */
export function columnsUsing(columns: { name: string; calculated?: CalcDefinition }[], column: string): string[] {
  return columns.filter((c) => c.calculated && columnsUsedBy(c.calculated).includes(column)).map((c) => c.name);
}

/**
 * E_COLUMN_IN_USE when a calculated column reads `column`: a column cannot be removed or renamed
 * from under a definition that names it.
 */
export function assertUnused(columns: { name: string; calculated?: CalcDefinition }[], column: string): void {
  const users = columnsUsing(columns, column);
  if (users.length)
    throw new AppError(
      'E_COLUMN_IN_USE',
      `"${column}" is used by the calculated column ${users.map((u) => `"${u}"`).join(', ')}.`,
      { column, usedBy: users },
    );
}

/** A request to add a calculated column: its name, definition and (optionally) its meaning at once. */
export const addColumnRequestSchema = z
  .object({
    name: column,
    definition: calcDefinitionSchema,
    role: roleSchema.nullable().optional(),
  })
  .strict();
export type AddColumnRequest = z.infer<typeof addColumnRequestSchema>;

/** The preview of a calculated column: its first values as text (null = empty) and how many of all come out empty. */
export const calcPreviewSchema = z.object({
  kind: z.string(),
  values: z.array(z.string().nullable()),
  /** The inputs of the same rows, as texts, in columnsUsedBy order. */
  inputs: z.array(z.array(z.string().nullable())),
  empty: z.number().int().nonnegative(),
  rows: z.number().int().nonnegative(),
  /** Empty because a divisor was 0 (ratio). */
  zeroDivisor: z.number().int().nonnegative(),
  /** The analysis day the values count to (daysToAnalysis). */
  day: day.nullable(),
});
export type CalcPreview = z.infer<typeof calcPreviewSchema>;
