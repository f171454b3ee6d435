import { z } from 'zod';
import { languageSchema } from './schemas';

/** Text encodings a CSV export can be written in: UTF-8 (with a BOM, so Excel reads it as UTF-8), GBK, GB18030. */
export const EXPORT_ENCODINGS = ['utf8', 'gbk', 'gb18030'] as const;
export const exportEncodingSchema = z.enum(EXPORT_ENCODINGS);
export type ExportEncoding = z.infer<typeof exportEncodingSchema>;

export const EXPORT_DELIMITERS = [',', ';', '\t'] as const;
export const exportDelimiterSchema = z.enum(EXPORT_DELIMITERS);

/** Personal data a column may hold; such columns can be masked in a list that leaves the consultant's hands. */
export const PERSONAL_KINDS = ['name', 'phone', 'email'] as const;
export const personalKindSchema = z.enum(PERSONAL_KINDS);
export type PersonalKind = z.infer<typeof personalKindSchema>;

/** A column a members export can hold. */
export const exportColumnSchema = z.object({
  /** The column's key in an export request (a member column's or an attribute's own name, or customerId, segment, notes). */
  key: z.string(),
  /** Where it comes from: the customer id and segment, the run's values, customer features, the linked customers' columns, the user's notes. */
  group: z.enum(['id', 'segment', 'model', 'feature', 'attribute', 'notes']),
  /** Its header in each UI language. */
  label: z.object({ en: z.string(), 'zh-CN': z.string() }),
  kind: z.enum(['text', 'number', 'date', 'datetime']),
  /** Personal data detected from the header and the values (null: none seen). */
  personal: personalKindSchema.nullable(),
  /** In the default selection. */
  standard: z.boolean(),
});
export type ExportColumn = z.infer<typeof exportColumnSchema>;

const columnKeySchema = z.string().min(1).max(300);

/** What a members export holds and how it is written. */
export const membersExportSchema = z
  .object({
    format: z.enum(['csv', 'xlsx']),
    /** Segment indexes; all segments when left out. */
    segments: z.array(z.number().int().min(0).max(100)).max(101).optional(),
    /** Only the customers on a list the run made: `churnRisk`, a CLV run's churn-risk list (valuable customers likely to be lost). */
    only: z.enum(['churnRisk']).optional(),
    /** Only the customers on a cross-sell list kept with the run (src/shared/products.ts). */
    listId: z.number().int().positive().optional(),
    /** Column keys in order; the standard columns when left out. */
    columns: z.array(columnKeySchema).min(1).max(1000).optional(),
    encoding: exportEncodingSchema.default('utf8'),
    delimiter: exportDelimiterSchema.default(','),
    /** Columns whose values are masked (张** , 138****5678, j***@example.com). */
    mask: z.array(columnKeySchema).max(1000).default([]),
    /** The language of headers and segment names. */
    lang: languageSchema.default('en'),
  })
  .strict();
export type MembersExport = z.infer<typeof membersExportSchema>;

/** The segment summary (one row per segment with its figures and notes) as CSV or XLSX. */
export const summaryExportSchema = z
  .object({
    format: z.enum(['csv', 'xlsx']),
    encoding: exportEncodingSchema.default('utf8'),
    delimiter: exportDelimiterSchema.default(','),
    lang: languageSchema.default('en'),
  })
  .strict();
export type SummaryExport = z.infer<typeof summaryExportSchema>;

export const PAPER_SIZES = ['a4', 'letter'] as const;
export const paperSchema = z.enum(PAPER_SIZES);
export type Paper = z.infer<typeof paperSchema>;

/** The parts of a report the user can leave out, in the report's order (the executive summary is page 1). */
export const REPORT_SECTIONS = [
  'summary',
  'segments',
  'charts',
  'personas',
  'method',
  'quality',
  'definitions',
] as const;
export const reportSectionSchema = z.enum(REPORT_SECTIONS);
export type ReportSection = z.infer<typeof reportSectionSchema>;

/** A logo embedded in the report: a PNG, JPEG or SVG as a data: URI, at most LOGO_MAX_BYTES before encoding. */
export const LOGO_MAX_BYTES = 512 * 1024;
export const logoSchema = z
  .string()
  .max(Math.ceil(LOGO_MAX_BYTES / 3) * 4 + 40)
  .regex(/^data:image\/(png|jpeg|svg\+xml);base64,[A-Za-z0-9+/]+={0,2}$/, 'Expected a PNG, JPEG or SVG data: URI');

/** What the user chose for a run's report in the report dialog (kept with the run): its title page and its sections. */
export const reportSettingsSchema = z
  .object({
    /** The report's title; empty: "Customer segmentation report" in the report's language. */
    title: z.string().trim().max(200).default(''),
    client: z.string().trim().max(200).default(''),
    author: z.string().trim().max(200).default(''),
    logo: logoSchema.nullable().default(null),
    sections: z
      .array(reportSectionSchema)
      .max(REPORT_SECTIONS.length)
      .default([...REPORT_SECTIONS]),
    /** The run's full spec (JSON) as a technical appendix, for a reader who wants to reproduce it. */
    technical: z.boolean().default(false),
  })
  .strict();
export type ReportSettings = z.infer<typeof reportSettingsSchema>;
export const DEFAULT_REPORT_SETTINGS: ReportSettings = reportSettingsSchema.parse({});

/** The report's language and paper, and (when given) its title page and sections; else those kept with the run. */
export const reportOptionsSchema = z
  .object({ lang: languageSchema, paper: paperSchema.default('a4'), settings: reportSettingsSchema.optional() })
  .strict();
export type ReportOptions = z.infer<typeof reportOptionsSchema>;

/** What an export wrote. */
export const exportResultSchema = z.object({
  path: z.string(),
  fileName: z.string(),
  bytes: z.number().int().nonnegative(),
  /** Customers (members export) or segments (summary) written. */
  rows: z.number().int().nonnegative(),
  /** Characters the chosen encoding (GBK) cannot hold, written as "?". */
  replaced: z.number().int().nonnegative(),
});
export type ExportResult = z.infer<typeof exportResultSchema>;

/** The file kinds a save dialog offers. */
export const SAVE_KINDS = ['csv', 'xlsx', 'html', 'pdf', 'png', 'svg', 'sql'] as const;
export type SaveKind = (typeof SAVE_KINDS)[number];
