import type { ContactField, ExportPreset } from '../../../shared/presets';
import type { Cell } from '../report/csv-text';

/** One customer as a preset writes it. */
export interface ContactRow {
  customerId: string;
  /** The segment's name in the export's language (the tag). */
  segment: string;
  /** Contact values (trimmed; a missing one absent). */
  values: Partial<Record<ContactField, string>>;
  /** Klaviyo's custom properties: further columns, by their header. */
  properties: { header: string; value: string | number | null }[];
}

export interface PresetOptions {
  /** ISO-2 country for phone numbers without a country code, when the row's country does not say. */
  defaultCountry: string | null;
  /** Fields masked (non-hashing presets). */
  mask: readonly ContactField[];
  /** Headers of the custom properties (Klaviyo). */
  properties: readonly string[];
}

/** A preset's file: its header, which of its headers hold SHA-256 hashes, and how it is encoded. */
export interface PresetLayout {
  header: string[];
  hashed: string[];
  /** 'utf8bom': UTF-8 with a byte-order mark (Excel and Chinese tools read it as UTF-8). */
  encoding: 'utf8' | 'utf8bom' | 'gbk';
}

/** The header and encoding of a preset's file (built in issue 27 by the presets part). */
export function presetLayout(_preset: ExportPreset, _options: PresetOptions, _gbk: boolean): PresetLayout {
  throw new Error('presetLayout: not built yet');
}

/**
 * The normalised identifier a preset de-duplicates by (the e-mail address, else the phone in
 * E.164); null when the row lacks the contact the preset cannot do without.
 */
export function presetIdentity(_preset: ExportPreset, _row: ContactRow, _options: PresetOptions): string | null {
  throw new Error('presetIdentity: not built yet');
}

/** A row of the preset's file, its cells in the layout's order (hashed where the layout says). */
export function presetRow(_preset: ExportPreset, _row: ContactRow, _options: PresetOptions): Cell[] {
  throw new Error('presetRow: not built yet');
}
