import { createHash } from 'node:crypto';
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { countryCode } from './country-code';

/**
 * Contact values normalised as the ad platforms and e-mail tools require. Each returns null for a
 * value that cannot be normalised (not an address, not a phone number).
 */

export { countryCode };

/** One @, a local part and a domain of at least two labels, no spaces: a plausible address, not RFC 5322. */
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
const GMAIL_DOMAINS = new Set(['gmail.com', 'googlemail.com']);

/**
 * Trimmed and lower-cased; for Google (`gmailDots`) also the dots before the @ of gmail.com /
 * googlemail.com removed (Google's rule, for its own domains only: no other provider, no "+tag"
 * stripping). Null when the text is not a plausible address.
 */
export function normaliseEmail(text: string, gmailDots: boolean): string | null {
  const email = text.trim().toLowerCase();
  if (!EMAIL.test(email)) return null;
  if (!gmailDots) return email;
  const at = email.lastIndexOf('@');
  const domain = email.slice(at + 1);
  if (!GMAIL_DOMAINS.has(domain)) return email;
  const local = email.slice(0, at).replace(/\./g, '');
  return local === '' ? null : `${local}@${domain}`;
}

/** A phone number parsed: E.164, and whether it can take a text message (see phoneNumber). */
export interface PhoneNumber {
  e164: string;
  mobile: boolean;
}

/** Number types that cannot take a text message: a landline, a toll-free or premium-rate line, a pager. */
const NOT_MOBILE = new Set(['FIXED_LINE', 'TOLL_FREE', 'PREMIUM_RATE', 'SHARED_COST', 'UAN', 'VOICEMAIL', 'PAGER']);

/**
 * E.164 with the + and country code ("+447911123456"); `country` (ISO-2) says the country of a
 * number written without its code. A number must be valid by libphonenumber's full metadata (its
 * length and leading digits belong to a numbering plan of that country), not merely possible: a
 * hashed or texted number with a mistyped prefix reaches nobody, so it counts as no number. An
 * extension is dropped (E.164 has none). A number may carry its code ("+44…", or "0044…" read as
 * "+44…" — also in a country whose own international prefix is not 00, such as the US's 011);
 * without a country it must. `mobile`: a mobile number, or one the plan cannot tell from a landline
 * (the US's, China's 1xx are mobiles) — not a landline, toll-free or premium-rate line.
 */
export function phoneNumber(text: string, country: string | null): PhoneNumber | null {
  const trimmed = text.trim();
  if (trimmed === '' || !/\d/.test(trimmed)) return null;
  const upper = country?.toUpperCase();
  const code = upper && /^[A-Z]{2}$/.test(upper) ? (upper as CountryCode) : undefined;
  const international = trimmed.replace(/^00(?=\s*[1-9])/, '+');
  let parsed = code ? parsePhoneNumberFromString(trimmed, { defaultCountry: code }) : undefined;
  if (!parsed?.isValid() && (!code || international !== trimmed)) parsed = parsePhoneNumberFromString(international);
  if (!parsed?.isValid()) return null;
  const type = parsed.getType();
  return { e164: parsed.number, mobile: type === undefined || !NOT_MOBILE.has(type) };
}

/** A phone number in E.164 (see phoneNumber); null when it is not a valid number. */
export function phoneE164(text: string, country: string | null): string | null {
  return phoneNumber(text, country)?.e164 ?? null;
}

/** SHA-256 of the UTF-8 text, as lower-case hex. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
