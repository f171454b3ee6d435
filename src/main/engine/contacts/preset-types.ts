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

/** A row's contact values as every preset reads them: the country resolved, the names split, e-mail and phone normalised. */
export interface Contact {
  values: Partial<Record<ContactField, string>>;
  /** The customer's country (ISO-2) from the row's country value; null when it names no country. */
  country: string | null;
  /** The country of a phone number written without its code: the row's, else the default. */
  phoneCountry: string | null;
  first: string | null;
  last: string | null;
  /** Trimmed and lower-cased (no Google dot rule). */
  email: string | null;
  /** The phone in E.164, parsed on first use (the slowest step: only the presets that write a phone pay for it). */
  phone(): string | null;
  /** The phone in E.164 when it can take a text message (not a landline): the SMS and phone-tag lists' number. */
  mobile(): string | null;
}

/** A preset's row builder: the cells in its layout's order, from the row and its contact values read once (contactOf). */
export type RowOf = (row: ContactRow, contact: Contact, options: PresetOptions) => Cell[];
