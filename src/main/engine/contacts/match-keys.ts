import type { Table } from 'apache-arrow';
import { normalizeIdText } from '../io/types/normalize-id-text';
import { valueText } from '../io/value-text';
import type { MatchBy } from './match-columns';
import type { MemberContacts } from './member-contacts';
import { countryCode, normaliseEmail, phoneE164 } from './normalise';

/**
 * What two spellings of one customer have in common. Ids: trimmed, a whole number's text without
 * ".0" ("12346", 12346 and "12346.0" are one id). E-mail: trimmed, lower case, and for gmail.com /
 * googlemail.com without the dots before the @ — Gmail delivers "jane.doe@" and "janedoe@" to one
 * mailbox, so an unsubscribe written either way must reach the customer. Phone: E.164, a number
 * without its country code read in `country`.
 */
export function matchKey(by: MatchBy, text: string, country: string | null): string | null {
  if (by === 'customerId') return normalizeIdText(text);
  if (by === 'email') return normaliseEmail(text, true);
  return phoneE164(text, country);
}

/** Each file row's key (null: blank), and which rows were blank. */
export function fileKeys(file: Table, column: string, by: MatchBy, defaultCountry: string | null) {
  const vector = file.getChild(column)!;
  const keys: (string | null)[] = Array.from({ length: file.numRows }, () => null);
  const blank = new Uint8Array(file.numRows);
  for (let r = 0; r < file.numRows; r++) {
    const text = valueText(vector.get(r))?.trim() ?? '';
    if (text === '') {
      blank[r] = 1;
      keys[r] = null;
    } else keys[r] = matchKey(by, text, defaultCountry);
  }
  return { keys, blank };
}

/** The members' keys (null: none): their ids, or their e-mail / phone (a phone read in the member's country, else the default). */
export function memberKeys(
  by: MatchBy,
  ids: readonly string[],
  contacts: MemberContacts | null,
  defaultCountry: string | null,
): (string | null)[] {
  if (by === 'customerId') return ids.map((id) => normalizeIdText(id));
  const keys: (string | null)[] = Array.from({ length: ids.length }, () => null);
  if (!contacts) return keys;
  const countries = new Map<string, string | null>();
  const countryOf = (row: number): string | null => {
    const text = contacts.value('country', row);
    if (text === null) return defaultCountry;
    if (!countries.has(text)) countries.set(text, countryCode(text));
    return countries.get(text) ?? defaultCountry;
  };
  for (let row = 0; row < ids.length; row++) {
    const text = contacts.value(by, row);
    if (text !== null) keys[row] = matchKey(by, text, by === 'phone' ? countryOf(row) : null);
  }
  return keys;
}
