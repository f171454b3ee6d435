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

/**
 * E.164 with the + and country code ("+447911123456"); `country` (ISO-2) says the country of a
 * number written without its code. A number must be valid by libphonenumber's full metadata (its
 * length and leading digits belong to a numbering plan of that country), not merely possible: a
 * hashed or texted number with a mistyped prefix reaches nobody, so it counts as no number. An
 * extension is dropped (E.164 has none). Without a country, a number must carry its code ("+44…",
 * or "0044…" read as "+44…").
 */
export function phoneE164(text: string, country: string | null): string | null {
  const trimmed = text.trim();
  if (trimmed === '' || !/\d/.test(trimmed)) return null;
  const upper = country?.toUpperCase();
  const code = upper && /^[A-Z]{2}$/.test(upper) ? (upper as CountryCode) : undefined;
  const international = code ? trimmed : trimmed.replace(/^00(?=\s*[1-9])/, '+');
  const parsed = parsePhoneNumberFromString(international, code ? { defaultCountry: code } : undefined);
  return parsed?.isValid() ? parsed.number : null;
}

/** SHA-256 of the UTF-8 text, as lower-case hex. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
