import type { Table } from 'apache-arrow';
import { NAMES } from '../io/role-header-names';
import { containsContactName, normaliseHeader } from '../io/suggest-roles';
import { valueText } from '../io/value-text';
import { detectPersonal } from '../report/mask-personal';

/** What a file's column identifies customers by. */
export type MatchBy = 'customerId' | 'email' | 'phone';
export const MATCH_BY: readonly MatchBy[] = ['customerId', 'email', 'phone'];

/** A column that may identify customers, and how it was found. */
export interface MatchCandidate {
  by: MatchBy;
  column: string;
  found: 'named' | 'header' | 'values';
}

/** Header words of a campaign or list file's customer column beyond the import's (a "member" or "user" column). */
const MORE_ID_NAMES = ['member', 'user', 'client', 'memberno', 'userno', '会员', '用户', '会员卡号'];
/** Values looked at to tell an e-mail or phone column by what it holds. */
const SAMPLE = 200;

const CJK = /[\u3400-\u9fff]/;

/**
 * Whether a header ends with an id's name as whole words ("Shopify Customer ID", "member_no",
 * "会员卡号"): a name of four letters or more in English (so "Order ID" is no customer id, nor
 * "MEMBER_RATING", a Mailchimp export's star rating, a member), two characters or more in Chinese.
 */
function endsWithIdName(header: string, n: string): boolean {
  if (CJK.test(n)) return n.length >= 2 && normaliseHeader(header).endsWith(n);
  if (n.length < 4) return false;
  const words = header
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let joined = '';
  for (let i = words.length - 1; i >= 0 && joined.length < n.length; i--) {
    joined = words[i] + joined;
    if (joined === n) return true;
  }
  return false;
}

/**
 * A header is one of the role's names, or holds one as whole words: an id's name at its end
 * (endsWithIdName), an e-mail's or phone's as the import's contact roles read them ("Default
 * Address Phone", "收货人手机号"; see containsContactName).
 */
function headerFits(by: MatchBy, header: string): boolean {
  const name = normaliseHeader(header);
  const names = by === 'customerId' ? [...NAMES.customerId.names, ...MORE_ID_NAMES] : NAMES[by].names;
  if (names.includes(name)) return true;
  return names.some((n) => (by === 'customerId' ? endsWithIdName(header, n) : containsContactName(header, n)));
}

/** The first non-blank values of a column, as text. */
export function sampleTexts(file: Table, column: string, limit = SAMPLE): string[] {
  const vector = file.getChild(column);
  const out: string[] = [];
  if (!vector) return out;
  for (let r = 0; r < file.numRows && out.length < limit; r++) {
    const t = valueText(vector.get(r))?.trim();
    if (t) out.push(t);
  }
  return out;
}

/** How a column named by the user identifies customers: by e-mail or phone when its header or values say so, else by customer id. */
function namedBy(file: Table, column: string): MatchBy {
  const kind = detectPersonal(column, sampleTexts(file, column));
  return kind === 'email' || kind === 'phone' ? kind : 'customerId';
}

/**
 * The columns of a file that may say which customer a row is, best first: the one named; else
 * those whose header is a customer id's, an e-mail's or a phone's (English or Chinese, the import's
 * header names), then those whose values are e-mail addresses or phone numbers; a file of one
 * column is read by its values (e-mail, phone, else customer ids). None: an empty list.
 */
export function matchCandidates(file: Table, named?: string | { by: MatchBy; column: string }): MatchCandidate[] {
  if (named !== undefined) {
    const column = typeof named === 'string' ? named : named.column;
    const by = typeof named === 'string' ? namedBy(file, column) : named.by;
    return [{ by, column, found: 'named' }];
  }
  const names = file.schema.fields.map((f) => f.name);
  const out: MatchCandidate[] = [];
  for (const by of MATCH_BY)
    for (const column of names) if (headerFits(by, column)) out.push({ by, column, found: 'header' });
  const taken = new Set(out.map((c) => c.column));
  for (const column of names) {
    if (taken.has(column)) continue;
    const kind = detectPersonal('', sampleTexts(file, column));
    if (kind === 'email' || kind === 'phone') out.push({ by: kind, column, found: 'values' });
  }
  if (out.length === 0 && names.length === 1)
    out.push({ by: namedBy(file, names[0]), column: names[0], found: 'values' });
  return out;
}
