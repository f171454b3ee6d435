/**
 * Contact values normalised as the ad platforms and e-mail tools require (built in issue 27 by the
 * presets part). Each returns null for a value that cannot be normalised (not an address, not a
 * phone number).
 */

/** Trimmed and lower-cased; for Google (`gmailDots`) also the dots before the @ of gmail.com / googlemail.com removed. */
export function normaliseEmail(_text: string, _gmailDots: boolean): string | null {
  throw new Error('normaliseEmail: not built yet');
}

/** E.164 with the + and country code ("+447911123456"); `country` (ISO-2) says the country of a number written without its code. */
export function phoneE164(_text: string, _country: string | null): string | null {
  throw new Error('phoneE164: not built yet');
}

/** A country's ISO 3166-1 alpha-2 code from a code or a name in English or Chinese ("United Kingdom", "GB", "中国"). */
export function countryCode(_text: string | null): string | null {
  throw new Error('countryCode: not built yet');
}

/** SHA-256 of the UTF-8 text, as lower-case hex. */
export function sha256Hex(_text: string): string {
  throw new Error('sha256Hex: not built yet');
}
