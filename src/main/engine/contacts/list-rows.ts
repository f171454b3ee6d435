import type { ContactField } from '../../../shared/presets';
import type { PersonalKind } from '../../../shared/exports';
import type { Cell } from '../report/csv-text';
import { maskValue } from '../report/mask-personal';
import { displayName } from './contact-names';
import { asDialledInChina } from './contact-of';
import type { Contact, ContactRow, PresetOptions } from './preset-types';

const KIND: Record<ContactField, PersonalKind> = {
  email: 'email',
  phone: 'phone',
  firstName: 'name',
  lastName: 'name',
  fullName: 'name',
  postcode: 'name',
  country: 'name',
  city: 'name',
  province: 'name',
};

/** A plain value as written: masked (as the first field's kind) when the export masks any of its fields; empty when missing. */
function plain(options: PresetOptions, fields: ContactField | ContactField[], text: string | null): Cell {
  if (text === null || text === '') return null;
  const list = Array.isArray(fields) ? fields : [fields];
  return list.some((f) => options.mask.includes(f)) ? maskValue(KIND[list[0]], text) : text;
}

/** The field a first or last name comes from: its own, or the full name it was split from. */
const nameFrom = (row: ContactRow, field: 'firstName' | 'lastName'): ContactField =>
  row.values.firstName?.trim() || row.values.lastName?.trim() ? field : 'fullName';

/** Mailchimp: a tag holding a comma is wrapped in double quotes, or Mailchimp splits it into two tags. */
const mailchimpTag = (segment: string) => (segment.includes(',') ? `"${segment}"` : segment);

/** Mailchimp audience import: Email Address, First Name, Last Name, Tags (the segment). */
export function mailchimpRow(row: ContactRow, c: Contact, options: PresetOptions): Cell[] {
  return [
    plain(options, 'email', c.email),
    plain(options, nameFrom(row, 'firstName'), c.first),
    plain(options, nameFrom(row, 'lastName'), c.last),
    mailchimpTag(row.segment),
  ];
}

/** Klaviyo list import: Email, Phone Number (E.164), First Name, Last Name, Segment, then the chosen properties. */
export function klaviyoRow(row: ContactRow, c: Contact, options: PresetOptions): Cell[] {
  const byHeader = new Map(row.properties.map((p) => [p.header, p.value]));
  return [
    plain(options, 'email', c.email),
    plain(options, 'phone', c.phone()),
    plain(options, nameFrom(row, 'firstName'), c.first),
    plain(options, nameFrom(row, 'lastName'), c.last),
    row.segment,
    ...options.properties.map((header) => byHeader.get(header) ?? null),
  ];
}

/** Shopify's customer CSV template (help.shopify.com, Using CSV files to import customers), in its order. */
export const SHOPIFY_HEADER = [
  'First Name',
  'Last Name',
  'Email',
  'Accepts Email Marketing',
  'Default Address Company',
  'Default Address Address1',
  'Default Address Address2',
  'Default Address City',
  'Default Address Province Code',
  'Default Address Country Code',
  'Default Address Zip',
  'Default Address Phone',
  'Phone',
  'Accepts SMS Marketing',
  'Tags',
  'Note',
  'Tax Exempt',
];

/**
 * Shopify customer CSV: names, e-mail, phone (E.164) and the segment as a tag (Shopify splits tags
 * at commas, so a comma in the segment's name becomes a space). Consent columns stay empty (the
 * data does not say; "no" would unsubscribe an existing customer), and so does the default address
 * (no street address to give one).
 */
export function shopifyRow(row: ContactRow, c: Contact, options: PresetOptions): Cell[] {
  const cells: Cell[] = SHOPIFY_HEADER.map(() => null);
  cells[0] = plain(options, nameFrom(row, 'firstName'), c.first);
  cells[1] = plain(options, nameFrom(row, 'lastName'), c.last);
  cells[2] = plain(options, 'email', c.email);
  cells[12] = plain(options, 'phone', c.phone());
  cells[14] = row.segment.replace(/,/g, ' ').replace(/\s+/g, ' ').trim();
  return cells;
}

/** The SMS list and the Chinese tools' list: the mobile (never a landline; a mainland-China mobile as dialled, else E.164), the name, the segment. */
export function phoneListRow(row: ContactRow, c: Contact, options: PresetOptions): Cell[] {
  const name = displayName(row.values);
  const nameOf: ContactField[] = row.values.fullName?.trim() ? ['fullName'] : ['firstName', 'lastName'];
  const phone = c.mobile();
  return [plain(options, 'phone', phone && asDialledInChina(phone)), plain(options, nameOf, name), row.segment];
}
