import { z } from 'zod';
import { exportResultSchema, membersExportSchema } from './exports';
import { languageSchema } from './schemas';

/**
 * Export presets: a run's customers written in the import format of the tool that sends the
 * e-mail, the SMS or the ad. Ad platforms (googleAds, meta) get SHA-256 hashed identifiers only.
 * - mailchimp: audience import (Email Address, First Name, Last Name, Tags)
 * - klaviyo: list import (Email, Phone Number, First Name, Last Name, Segment, chosen properties)
 * - shopify: customer CSV (the segment as a tag)
 * - googleAds: Customer Match (Email, Phone, First Name, Last Name, Country, Zip)
 * - meta: custom audience (email, phone, fn, ln, zip, ct, st, country)
 * - sms: mobile (E.164, or as dialled in mainland China), name, segment
 * - chinaTags: 手机号, 姓名, 标签 — our own simple format for Chinese tools (UTF-8 with BOM, or GBK)
 */
export const EXPORT_PRESETS = ['mailchimp', 'klaviyo', 'shopify', 'googleAds', 'meta', 'sms', 'chinaTags'] as const;
export const exportPresetSchema = z.enum(EXPORT_PRESETS);
export type ExportPreset = z.infer<typeof exportPresetSchema>;

/** The presets whose file goes to an ad platform: identifiers hashed, plain values never written. */
export const HASHED_PRESETS: readonly ExportPreset[] = ['googleAds', 'meta'];

/** What identifies a customer to a preset's tool: the contact it cannot do without. */
export const PRESET_IDENTIFIER: Record<ExportPreset, 'email' | 'phone' | 'emailOrPhone'> = {
  mailchimp: 'email',
  klaviyo: 'emailOrPhone',
  shopify: 'email',
  googleAds: 'emailOrPhone',
  meta: 'emailOrPhone',
  sms: 'phone',
  chinaTags: 'phone',
};

/**
 * A customer's contact values as an export reads them (roles, src/shared/roles.ts CONTACT_ROLES,
 * plus city and province where a customers dataset has them).
 */
export const CONTACT_FIELDS = [
  'email',
  'phone',
  'firstName',
  'lastName',
  'fullName',
  'postcode',
  'country',
  'city',
  'province',
] as const;
export const contactFieldSchema = z.enum(CONTACT_FIELDS);
export type ContactField = z.infer<typeof contactFieldSchema>;

/** ISO 3166-1 alpha-2, upper case. */
export const countryCodeSchema = z.string().regex(/^[A-Z]{2}$/, 'Expected a two-letter country code (ISO 3166-1)');

/** The control group drawn on the Campaigns page (campaign:pickGroups), redrawn the same way to leave it out. */
export const controlDrawSchema = z
  .object({
    segments: z.array(z.string().min(1).max(40)).min(1).max(60),
    share: z.number().gt(0).lt(1),
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 31 - 1),
  })
  .strict();
export type ControlDraw = z.infer<typeof controlDrawSchema>;

/** What a preset export holds and how it is written (the suppression file comes beside it: a path, or a token over IPC). */
export const presetExportSchema = z
  .object({
    preset: exportPresetSchema,
    /** Segment indexes; all segments when left out. */
    segments: membersExportSchema.shape.segments,
    only: membersExportSchema.shape.only,
    listId: membersExportSchema.shape.listId,
    /** Customers of these segments are never written ("never mail Lost"). */
    excludeSegments: z.array(z.number().int().min(0).max(100)).max(101).default([]),
    /** Leave out a campaign's control group (the same seeded draw as the Campaigns page's). */
    excludeControl: controlDrawSchema.optional(),
    /** The country of a phone number written without its country code, when the customer's country column does not say. */
    defaultCountry: countryCodeSchema.optional(),
    /** Klaviyo: further columns (export:columns keys) written as custom properties. */
    properties: z.array(z.string().min(1).max(300)).max(50).default([]),
    /** Contact fields masked (non-hashing presets only; an ad platform's file is hashed instead). */
    mask: z.array(contactFieldSchema).max(CONTACT_FIELDS.length).default([]),
    /** chinaTags: UTF-8 with a BOM, or GBK. Every other preset is UTF-8 (with a BOM only where the vendor accepts one). */
    encoding: z.enum(['utf8', 'gbk']).default('utf8'),
    /** Also write the customers left out, and why, in a side file. */
    droppedFile: z.boolean().default(false),
    /** The language of segment names (tags) and of the side files. */
    lang: languageSchema.default('en'),
  })
  .strict();
export type PresetExport = z.infer<typeof presetExportSchema>;

/** Why a customer of the chosen segments was not written, in the order the checks run. */
export const DROP_REASONS = ['excludedSegment', 'control', 'suppressed', 'noContact', 'duplicate'] as const;
export const dropReasonSchema = z.enum(DROP_REASONS);
export type DropReason = z.infer<typeof dropReasonSchema>;

/** How many customers of the chosen segments went where: written, or dropped for each reason. */
export const presetCountsSchema = z.object({
  /** Customers of the chosen segments (and list) before any was dropped. */
  chosen: z.number().int().nonnegative(),
  written: z.number().int().nonnegative(),
  dropped: z.record(dropReasonSchema, z.number().int().nonnegative()),
  /** Suppression-file rows that matched none of the run's customers. */
  suppressionUnmatched: z.number().int().nonnegative().nullable(),
});
export type PresetCounts = z.infer<typeof presetCountsSchema>;

/** What a preset export wrote: the upload file, its counts, which of its columns were hashed, and the side files. */
export const presetResultSchema = exportResultSchema.extend({
  preset: exportPresetSchema,
  counts: presetCountsSchema,
  /** The upload file's headers whose values are SHA-256 hashes (hex) of the normalised text. */
  hashed: z.array(z.string()),
  /** Side files written beside it: `hashed` says which columns were hashed and how; `dropped` lists who was left out and why. */
  sideFiles: z.array(z.object({ kind: z.enum(['hashed', 'dropped']), path: z.string(), fileName: z.string() })),
});
export type PresetResult = z.infer<typeof presetResultSchema>;
