import type { ContactField } from '../../../shared/presets';
import type { Language } from '../../../shared/schemas';
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
  /** The language of the SMS list's headers (default English); every vendor's headers are its own. */
  lang?: Language;
}

/** A preset's file: its header, which of its headers hold SHA-256 hashes, and how it is encoded. */
export interface PresetLayout {
  header: string[];
  hashed: string[];
  /** 'utf8bom': UTF-8 with a byte-order mark (Excel and Chinese tools read it as UTF-8). */
  encoding: 'utf8' | 'utf8bom' | 'gbk';
}

/** A preset's row builder: the cells in its layout's order. */
export type RowOf = (row: ContactRow, options: PresetOptions) => Cell[];
