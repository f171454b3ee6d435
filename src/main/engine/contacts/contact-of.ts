import { firstAndLast } from './contact-names';
import { countryCode } from './country-code';
import { normaliseEmail, phoneE164 } from './normalise';
import type { Contact, ContactRow, PresetOptions } from './preset-types';

export function contactOf(row: ContactRow, options: PresetOptions): Contact {
  const { values } = row;
  const country = countryCode(values.country ?? null);
  const phoneCountry = country ?? options.defaultCountry;
  const { first, last } = firstAndLast(values);
  let phone: string | null | undefined;
  return {
    values,
    country,
    phoneCountry,
    first,
    last,
    email: values.email ? normaliseEmail(values.email, false) : null,
    phone: () => {
      if (phone === undefined) phone = values.phone ? phoneE164(values.phone, phoneCountry) : null;
      return phone;
    },
  };
}

/** An E.164 mainland-China mobile (+86 1[3-9]…, 11 digits) as dialled in China; any other number in E.164. */
export function asDialledInChina(e164: string): string {
  const national = e164.startsWith('+86') ? e164.slice(3) : null;
  return national && /^1[3-9]\d{9}$/.test(national) ? national : e164;
}
