import type { ColumnKind } from '../../../shared/column-spec';
import { personalValues } from '../report/mask-personal';
import { NAMES, TEMPORAL } from './role-header-names';
import {
  CONTACT_ROLES,
  rolesFor,
  type DatasetKind,
  type KindDecision,
  type Role,
  type RoleMapping,
} from '../../../shared/roles';

export interface ColumnFacts {
  name: string;
  kind: ColumnKind;
  /** Non-empty cells. */
  filled: number;
  /** Fewer than two distinct values. */
  constant: boolean;
  /** Some value occurs more than once (read only for the customer-id candidate). */
  readonly repeats: boolean;
  /** Some filled values as written (read only for a column no header names a role). */
  readonly sample?: readonly string[];
}

export function normaliseHeader(name: string): string {
  return name.toLowerCase().replace(/[\s_\-.()（）:：/]+/g, '');
}

/**
 * How well a column's header and type fit a role: 100 − rank for the header itself, 50 − rank
 * for a header that contains a name. A constant column (Z_Revenue is always 11) means nothing
 * per customer, unless its header says exactly what it is: a one-day file's order date, a
 * one-customer file's customer id.
 */
function score(role: Role, column: ColumnFacts, kind?: DatasetKind): number {
  const spec = NAMES[role];
  if (!spec.kinds.includes(column.kind)) return 0;
  const name = normaliseHeader(column.name);
  // "Name" alone is a customer's name in a customers file; on order lines it may name the order (Shopify's #1001).
  if (name === 'name' && role === 'fullName' && kind === 'transactions') return 0;
  const exact = spec.names.indexOf(name);
  if (exact >= 0) return 100 - exact;
  if (column.constant) return 0;
  const contact = (CONTACT_ROLES as readonly Role[]).includes(role);
  const partial = spec.names.findIndex((n) =>
    contact
      ? containsContactName(column.name, n)
      : n.length >= 2 && (name.includes(n) || (n.length >= 4 && n.includes(name) && name.length >= 4)),
  );
  return partial >= 0 ? 50 - partial : 0;
}

const CJK = /[\u3400-\u9fff]/;

/**
 * Whether a header contains a contact column's name: a Chinese name (two characters or more)
 * anywhere (收货人手机号 holds 手机); an English one as whole words (customer_email), a short
 * one (zip, tel, cell) only as the last of several words (Billing Zip) and never name or mail
 * alone — so "cancelled" holds no cell, "destination" no nation, "campaign_name" no name.
 */
export function containsContactName(header: string, n: string): boolean {
  if (CJK.test(n)) return n.length >= 2 && normaliseHeader(header).includes(n);
  const words = header
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  if (n.length < 5) return n !== 'name' && n !== 'mail' && words.length > 1 && words.at(-1) === n;
  for (let i = 0; i < words.length; i++) {
    let joined = '';
    for (let j = i; j < words.length && joined.length < n.length; j++) {
      joined += words[j];
      if (joined === n) return true;
    }
  }
  return false;
}

/** An 11-digit mainland China mobile number read as a number (13812345678): other numbers lose their + or leading 0. */
const CHINA_MOBILE = /^1[3-9]\d{9}$/;

/**
 * E-mail and phone columns told by their values, among the columns no header gave a role: most
 * values e-mail addresses, or phone numbers (the masking's test, see personalValues); a number
 * column only when most of its values are mainland China mobile numbers.
 */
function byValues(columns: readonly ColumnFacts[], roles: RoleMapping, kind: DatasetKind): RoleMapping {
  const used = new Set(Object.values(roles));
  for (const column of columns) {
    if (used.has(column.name) || column.constant || !column.sample) continue;
    const numeric = column.kind === 'integer' || column.kind === 'decimal';
    if (!numeric && column.kind !== 'text' && column.kind !== 'category' && column.kind !== 'id') continue;
    const sample = column.sample;
    const found = numeric
      ? sample.length > 0 && sample.filter((v) => CHINA_MOBILE.test(v)).length >= sample.length * 0.8
        ? 'phone'
        : null
      : personalValues(sample);
    if (found && !roles[found] && rolesFor(kind).includes(found)) {
      roles[found] = column.name;
      used.add(column.name);
    }
  }
  return roles;
}

/**
 * The kind of a file and why. Customer ids that repeat are order lines. Ids that occur once are
 * still order lines when order dates come with amounts or order ids (every customer ordered
 * once) — unless the date column is better read as a customer's last purchase or signup.
 */
function guessKind(columns: readonly ColumnFacts[], roles: RoleMapping): { kind: DatasetKind; why: KindDecision } {
  const id = columns.find((c) => c.name === roles.customerId);
  if (id?.repeats) return { kind: 'transactions', why: { reason: 'idsRepeat', columns: [id.name] } };
  const date = columns.find((c) => c.name === roles.orderDate);
  const ordered =
    date && score('orderDate', date) > Math.max(score('lastPurchase', date), score('signupDate', date))
      ? (roles.amount ?? roles.orderId)
      : undefined;
  if (date && ordered) return { kind: 'transactions', why: { reason: 'orderColumns', columns: [date.name, ordered] } };
  return {
    kind: 'customers',
    why: id ? { reason: 'idsUnique', columns: [id.name] } : { reason: 'noOrders', columns: [] },
  };
}

/**
 * Roles of a file without a header (column_1 …), told by what its columns hold: the customer id
 * is the first id column whose values repeat, the order date the first date column, the
 * quantity the first whole-number column and the amount the last decimal one — the order lines
 * of a shop system's plain export (CDNOW's: id, id, date, CDs, dollars).
 */
function byContent(columns: readonly ColumnFacts[], roles: RoleMapping): RoleMapping {
  const used = new Set(Object.values(roles));
  const free = columns.filter((c) => !used.has(c.name) && !c.constant);
  const take = (role: Role, column: ColumnFacts | undefined) => {
    if (roles[role] || !column) return;
    roles[role] = column.name;
    free.splice(free.indexOf(column), 1);
  };
  take(
    'customerId',
    free.find((c) => c.kind === 'id' && c.repeats),
  );
  take(
    'orderDate',
    free.find((c) => TEMPORAL.includes(c.kind)),
  );
  take(
    'amount',
    free.findLast((c) => c.kind === 'decimal'),
  );
  take(
    'quantity',
    free.find((c) => c.kind === 'integer'),
  );
  return roles;
}

/**
 * Suggests what each column means from its header (English or Chinese) and type — or, for a
 * file without a header, from what its columns hold (see byContent) — and whether a row is an
 * order line or a customer (see guessKind), saying why. Each role gets at most one column and
 * each column one role. A chosen kind keeps the file's reason when the file points to it too
 * (judged with the roles as mapped, `chosen`, over the suggested ones: the wizard sends the kind
 * it showed); the reason is `chosen` only for a kind against the file.
 */
export function suggestRoles(
  columns: readonly ColumnFacts[],
  kind?: DatasetKind,
  chosen: RoleMapping = {},
  headerless = false,
): { kind: DatasetKind; roles: RoleMapping; why: KindDecision } {
  const assign = (k: DatasetKind): RoleMapping => {
    const candidates: { role: Role; column: string; score: number }[] = [];
    for (const role of rolesFor(k)) {
      for (const column of columns) {
        const s = score(role, column, k);
        if (s > 0) candidates.push({ role, column: column.name, score: s });
      }
    }
    candidates.sort((a, b) => b.score - a.score);
    const roles: RoleMapping = {};
    const used = new Set<string>();
    for (const c of candidates) {
      if (roles[c.role] || used.has(c.column)) continue;
      roles[c.role] = c.column;
      used.add(c.column);
    }
    return byValues(columns, roles, k);
  };
  const asTransactions = headerless ? byContent(columns, assign('transactions')) : assign('transactions');
  if (kind) {
    const guess = guessKind(columns, { ...asTransactions, ...chosen });
    const roles = kind === 'transactions' ? asTransactions : assign(kind);
    return { kind, roles, why: guess.kind === kind ? guess.why : { reason: 'chosen', columns: [] } };
  }
  const { kind: guess, why } = guessKind(columns, asTransactions);
  return { kind: guess, roles: guess === 'transactions' ? asTransactions : assign('customers'), why };
}
