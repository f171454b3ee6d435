import type { Cell } from '../report/csv-text';
import { normaliseEmail, sha256Hex } from './normalise';
import type { Contact, ContactRow, PresetOptions } from './preset-types';
import { googleName, googleZip, metaLetters, metaState, metaZip } from './vendor-fields';

/** The hash of a normalised value; a missing one stays empty (never the hash of ""). */
const hashed = (text: string | null): Cell => (text === null || text === '' ? null : sha256Hex(text));

/** Applies a normaliser to a value that may be missing. */
const norm = <A extends unknown[]>(
  text: string | null | undefined,
  f: (t: string, ...rest: A) => string | null,
  ...rest: A
) => (text ? f(text, ...rest) : null);

export const GOOGLE_ADS_HEADER = ['Email', 'Phone', 'First Name', 'Last Name', 'Country', 'Zip'];
export const GOOGLE_ADS_HASHED = ['Email', 'Phone', 'First Name', 'Last Name'];

/**
 * Google Ads Customer Match: Email (Google's dot rule for gmail.com / googlemail.com), Phone
 * (E.164), First Name and Last Name (lower-cased) SHA-256 hashed; Country (ISO-2) and Zip plain.
 */
export function googleAdsRow(_row: ContactRow, c: Contact, _options: PresetOptions): Cell[] {
  return [
    hashed(norm(c.values.email, normaliseEmail, true)),
    hashed(c.phone()),
    hashed(norm(c.first, googleName)),
    hashed(norm(c.last, googleName)),
    c.country,
    norm(c.values.postcode, googleZip),
  ];
}

export const META_HEADER = ['email', 'phone', 'fn', 'ln', 'zip', 'ct', 'st', 'country'];

/** Meta custom audience: every column SHA-256 hashed after Meta's normalisation. */
export function metaRow(_row: ContactRow, c: Contact, _options: PresetOptions): Cell[] {
  return [
    hashed(c.email),
    hashed(c.phone()?.slice(1) ?? null),
    hashed(norm(c.first, metaLetters)),
    hashed(norm(c.last, metaLetters)),
    hashed(norm(c.values.postcode, metaZip, c.country)),
    hashed(norm(c.values.city, metaLetters)),
    hashed(norm(c.values.province, metaState, c.country)),
    hashed(c.country?.toLowerCase() ?? null),
  ];
}
