import type { ContactField } from '../../../shared/presets';
import { firstAndLast } from './contact-names';
import { countryCode } from './country-code';
import { normaliseEmail, phoneE164 } from './normalise';
import type { ContactRow, PresetOptions } from './preset-types';

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
  phone: string | null;
}

export function contactOf(row: ContactRow, options: PresetOptions): Contact {
  const { values } = row;
  const country = countryCode(values.country ?? null);
  const phoneCountry = country ?? options.defaultCountry;
  const { first, last } = firstAndLast(values);
  return {
    values,
    country,
    phoneCountry,
    first,
    last,
    email: values.email ? normaliseEmail(values.email, false) : null,
    phone: values.phone ? phoneE164(values.phone, phoneCountry) : null,
  };
}

/** An E.164 mainland-China mobile (+86 1[3-9]…, 11 digits) as dialled in China; any other number in E.164. */
export function asDialledInChina(e164: string): string {
  const national = e164.startsWith('+86') ? e164.slice(3) : null;
  return national && /^1[3-9]\d{9}$/.test(national) ? national : e164;
}
