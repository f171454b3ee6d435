import { phoneE164 } from './normalise';
import { US_STATES } from './us-states';

/**
 * The fields of the ad platforms' files, normalised by each vendor's rules before hashing (or
 * written plain where the vendor says so). Each returns null for a value that is missing or
 * normalises to nothing: an empty cell, never the hash of "".
 *
 * Google Ads Customer Match (support.google.com/google-ads/answer/7476159, 7474263; Google Ads API
 * OfflineUserAddressInfo): names lower-cased, extra spaces before, after and in between removed;
 * Country ISO-2 and Zip unhashed.
 * Meta (developers.facebook.com … customer-information-parameters): names and city lower case, no
 * punctuation, special characters kept in UTF-8; state the 2-letter ANSI code in lower case; zip
 * lower case without spaces or dash (US: the first 5 digits); country the lower-case ISO-2 code;
 * phone digits only with the country code, no + and no leading zeros.
 */

const blankToNull = (text: string) => (text === '' ? null : text);

/** Google: lower-cased, trimmed, runs of spaces inside made one. */
export function googleName(text: string): string | null {
  return blankToNull(text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim());
}

/**
 * Countries whose postal codes are all digits of one length, leading zeros included (Boston 02134,
 * Dresden 01067, Oslo 0150, Darwin 0800, Hohhot 010000): a spreadsheet that read such a code as a
 * number dropped its zeros.
 */
const POSTCODE_DIGITS: Readonly<Record<string, number>> = {
  US: 5,
  DE: 5,
  FR: 5,
  IT: 5,
  ES: 5,
  FI: 5,
  MX: 5,
  MY: 5,
  AU: 4,
  NO: 4,
  CN: 6,
};

/** A postal code read as a number given back its leading zeros, where the country's codes have a fixed length (else as it is). */
export function postcodeDigits(text: string, country: string | null): string {
  const length = country ? POSTCODE_DIGITS[country] : undefined;
  return length && /^\d+$/.test(text) && text.length < length && text.length >= length - 2
    ? text.padStart(length, '0')
    : text;
}

/** Google: the postal code as written (trimmed, spaces inside made one); 5 or 5+4 digits for the US. */
export function googleZip(text: string): string | null {
  return blankToNull(text.replace(/\s+/g, ' ').trim());
}

/** Meta: letters only (any script, accents kept), lower case: no punctuation, digits or spaces. */
export function metaLetters(text: string): string | null {
  return blankToNull(
    text
      .normalize('NFC')
      .toLowerCase()
      .replace(/[^\p{L}\p{M}]/gu, ''),
  );
}

/** Meta: a US state's 2-letter code from its code or name; elsewhere the name as letters only. */
export function metaState(text: string, country: string | null): string | null {
  const plain = text.normalize('NFC').trim().toLowerCase().replace(/\./g, '').replace(/\s+/g, ' ');
  if (country === 'US' || country === null) {
    if (/^[a-z]{2}$/.test(plain) && Object.values(US_STATES).includes(plain.toUpperCase())) return plain;
    const code = US_STATES[plain];
    if (code) return code.toLowerCase();
  }
  return metaLetters(plain);
}

/** Meta: lower case, no spaces or dashes; a US zip code (or a 5+4 one) its first 5 digits. */
export function metaZip(text: string, country: string | null): string | null {
  const plain = text.trim().toLowerCase();
  const us = /^(\d{5})(?:\s*-\s*\d{4})?$/.exec(plain);
  if (us && (country === 'US' || country === null || /-/.test(plain))) return us[1];
  return blankToNull(plain.replace(/[\s-]+/g, ''));
}

/** Meta: the number in E.164 without its + (country code and number, digits only, no leading zeros). */
export function metaPhone(text: string, country: string | null): string | null {
  return phoneE164(text, country)?.slice(1) ?? null;
}
