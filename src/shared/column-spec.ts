import { z } from 'zod';

/** Column types the importer tells apart. */
export const COLUMN_KINDS = ['integer', 'decimal', 'date', 'datetime', 'boolean', 'id', 'category', 'text'] as const;
export const columnKindSchema = z.enum(COLUMN_KINDS);
export type ColumnKind = z.infer<typeof columnKindSchema>;

/** How numbers are written in one column. */
export const numberFormatSchema = z.object({
  /** '.' for 1,234.56; ',' for 1.234,56 (European exports). */
  decimal: z.enum(['.', ',']),
  /** Values end in % and are stored as fractions (12.5% → 0.125). */
  percent: z.boolean(),
  /** ISO code of a currency symbol seen in the column (¥ 元 → CNY, $ → USD …), if any. */
  currency: z.string().nullable(),
});
export type NumberFormat = z.infer<typeof numberFormatSchema>;

/** How dates are written in one column; values are UTC calendar milliseconds, independent of the machine's time zone. */
export const dateFormatSchema = z.object({
  /** ymd: 2024-03-05, 2024/3/5; dmy: 05-03-2024; mdy: 3/5/2024; compact: 20240305; zh: 2024年3月5日. */
  pattern: z.enum(['ymd', 'dmy', 'mdy', 'compact', 'zh']),
  /** Some value has a time of day. */
  hasTime: z.boolean(),
  /** Day-first or month-first could not be told from the data. */
  ambiguous: z.boolean(),
});
export type DateFormat = z.infer<typeof dateFormatSchema>;

/** A column's type and the format its cells are read with. */
export const columnSpecSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.enum(['integer', 'decimal']), number: numberFormatSchema }),
  z.object({ kind: z.enum(['date', 'datetime']), date: dateFormatSchema }),
  z.object({ kind: z.literal('boolean'), truthy: z.array(z.string()), falsy: z.array(z.string()) }),
  z.object({ kind: z.enum(['id', 'category', 'text']) }),
]);
export type ColumnSpec = z.infer<typeof columnSpecSchema>;

/** A number column written as percentages (its values are fractions: 12.5% is 0.125), shown as percentages again. */
export const isPercent = (spec: ColumnSpec): boolean => 'number' in spec && spec.number.percent;
