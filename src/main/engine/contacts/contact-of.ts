import { firstAndLast } from './contact-names';
import { countryCode } from './country-code';
import { normaliseEmail, phoneNumber, type PhoneNumber } from './normalise';
import type { Contact, ContactRow, PresetOptions } from './preset-types';
import { postcodeDigits } from './vendor-fields';

/**
 * A row's contact values as the presets read them: the country resolved (the row's, else the
 * default for phones and postcodes), names split, e-mail normalised, a postcode that lost its
 * leading zeros in a spreadsheet given them back (see postcodeDigits), the phone parsed on first use.
 */
export function contactOf(row: ContactRow, options: PresetOptions): Contact {
  const country = countryCode(row.values.country ?? null);
  const phoneCountry = country ?? options.defaultCountry;
  const postcode = row.values.postcode;
  const padded = postcode === undefined ? postcode : postcodeDigits(postcode, phoneCountry);
  const values = padded === postcode ? row.values : { ...row.values, postcode: padded };
  const { first, last } = firstAndLast(values);
  let phone: PhoneNumber | null | undefined;
  const parsed = () => {
    if (phone === undefined) phone = values.phone ? phoneNumber(values.phone, phoneCountry) : null;
    return phone;
  };
  return {
    values,
    country,
    phoneCountry,
    first,
    last,
    email: values.email ? normaliseEmail(values.email, false) : null,
    phone: () => parsed()?.e164 ?? null,
    mobile: () => {
      const p = parsed();
      return p?.mobile ? p.e164 : null;
    },
  };
}

/** An E.164 mainland-China mobile (+86 1[3-9]…, 11 digits) as dialled in China; any other number in E.164. */
export function asDialledInChina(e164: string): string {
  const national = e164.startsWith('+86') ? e164.slice(3) : null;
  return national && /^1[3-9]\d{9}$/.test(national) ? national : e164;
}
