import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, tempDir } from './paths';

/**
 * The issue 27 test file: the bench generator's transactions (2,000 customers, 20,000 order lines)
 * with per-customer contact columns added here — email, phone, first_name, last_name, country —
 * deterministic by customer id, and the facts of each customer by construction (what its
 * contacts normalise to), so tests compute their expectations without the code under test.
 *
 * Ids 100001..102000; n = id - 100000. By construction:
 * - n = 1  Jane Doe: " Jane.Doe@GMail.com " (spaces around, in quotes), "07911 123456", United Kingdom;
 * - n = 2  John Smith: "J.O.Smith@googlemail.com", "+44 7911 199002", GB;
 * - n = 3  李娜: no e-mail, "138 1234 5678", 中国;
 * - n = 4  both blank (no e-mail, no phone);
 * - n = 5, 6  share one e-mail ("shared.inbox@example.com" / "Shared.Inbox@Example.COM");
 * - n = 7, 8  share one phone ("139 8888 0000", China) with their own e-mails;
 * - n = 9  e-mail "n/a" (not an address: no e-mail) with a phone;
 * - `changed`: the first customer after those with two or more order dates — e-mail
 *   "old.address.<n>@example.com" on earlier lines, "new.address.<n>@example.com" on the latest (latest wins);
 * - `latestBlank`: the next such customer — its e-mail on earlier lines, blank on the latest line
 *   (a customer's latest non-blank value wins: the earlier address);
 * - otherwise: e-mail blank when n % 25 = 0, phone blank when n % 30 = 0 (both when n % 150 = 0);
 *   country by n % 4: United Kingdom, GB, China, 中国; UK phones "07911 2nnnnn" (every other line
 *   written "+44 7911 2nnnnn"), Chinese ones "139 nnnn mmmm"; every tenth e-mail a gmail.com one with dots.
 *   Every phone given is a valid mobile by libphonenumber's full metadata (07911 3…–6… are not allocated).
 */
export interface ContactFacts {
  id: string;
  /** The e-mail trimmed and lower-cased; null when blank or not an address. */
  email: string | null;
  /** As Google wants it: also the dots before the @ of gmail.com / googlemail.com removed. */
  googleEmail: string | null;
  /** E.164 ("+447911123456"); null when blank. */
  phone: string | null;
  /** ISO-2. */
  country: 'GB' | 'CN';
  firstName: string;
  lastName: string;
  /** The customer's total amount and order lines in the file. */
  spend: number;
  lines: number;
}

export interface ContactOrders {
  /** transactions.csv with the contact columns (customer_id,order_id,order_date,amount,quantity,category,channel,email,phone,first_name,last_name,country). */
  file: string;
  /** Every customer's facts, by id. */
  customers: Map<string, ContactFacts>;
  /** Ids of the cases built on purpose. */
  special: {
    gmail: string;
    googlemail: string;
    ukMobile: string;
    chineseMobile: string;
    bothBlank: string;
    sharedEmail: [string, string];
    sharedPhone: [string, string];
    notAnAddress: string;
    changed: string;
    latestBlank: string;
  };
}

const EN_FIRST = ['Oliver', 'Amelia', 'Harry', 'Isla', 'George', 'Ava', 'Noah', 'Emily', 'Jack', 'Sophie'];
const EN_LAST = ['Smith', 'Jones', 'Taylor', 'Brown', 'Wilson', 'Evans', 'Thomas', 'Roberts', 'Walker', 'Wright'];
const CN_FIRST = ['伟', '芳', '娜', '敏', '静', '磊', '洋', '艳', '勇', '军'];
const CN_LAST = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周'];
const COUNTRY_TEXT = ['United Kingdom', 'GB', 'China', '中国'];

/** What one customer's lines hold: the raw cells per line (`latest` says whether it is the latest line). */
interface Plan {
  facts: ContactFacts;
  email: (latest: boolean) => string;
  phone: (line: number) => string;
  country: string;
}

const googleOf = (email: string | null) =>
  email?.replace(
    /^([^@]*)@(gmail\.com|googlemail\.com)$/,
    (_m, local: string, host: string) => `${local.replaceAll('.', '')}@${host}`,
  ) ?? null;

function basePlan(n: number): Plan {
  const id = String(100000 + n);
  const uk = n % 4 < 2;
  const firstName = (uk ? EN_FIRST : CN_FIRST)[n % 10];
  const lastName = (uk ? EN_LAST : CN_LAST)[Math.floor(n / 10) % 10];
  const local = uk ? `${firstName}.${lastName}${n}` : `kehu${n}`;
  const rawEmail = n % 25 === 0 ? '' : n % 10 === 3 ? `${local}.x@gmail.com` : `${local}@example.com`;
  const national = uk
    ? `07911 ${200000 + n}`
    : `139 ${String(n).padStart(4, '0')} ${String((n * 7) % 10000).padStart(4, '0')}`;
  const e164 = uk ? `+447911${200000 + n}` : `+86${national.replaceAll(' ', '')}`;
  const intl = uk ? `+44 7911 ${200000 + n}` : national;
  const blankPhone = n % 30 === 0;
  const email = rawEmail === '' ? null : rawEmail.toLowerCase();
  return {
    facts: {
      id,
      email,
      googleEmail: googleOf(email),
      phone: blankPhone ? null : e164,
      country: uk ? 'GB' : 'CN',
      firstName,
      lastName,
      spend: 0,
      lines: 0,
    },
    email: () => rawEmail,
    phone: (line) => (blankPhone ? '' : line % 2 === 0 ? national : intl),
    country: COUNTRY_TEXT[n % 4],
  };
}

/** The cases built on purpose (n = 1..9), over the base plan. */
function specialPlan(n: number, plan: Plan): Plan {
  const set = (email: string, phone: string, country: string, facts: Partial<ContactFacts>): Plan => {
    const f = { ...plan.facts, ...facts };
    f.googleEmail = googleOf(f.email);
    return { facts: f, email: () => email, phone: () => phone, country };
  };
  const cn = { country: 'CN' as const };
  switch (n) {
    case 1:
      return set(' Jane.Doe@GMail.com ', '07911 123456', 'United Kingdom', {
        email: 'jane.doe@gmail.com',
        phone: '+447911123456',
        firstName: 'Jane',
        lastName: 'Doe',
        country: 'GB',
      });
    case 2:
      return set('J.O.Smith@googlemail.com', '+44 7911 199002', 'GB', {
        email: 'j.o.smith@googlemail.com',
        phone: '+447911199002',
        firstName: 'John',
        lastName: 'Smith',
        country: 'GB',
      });
    case 3:
      return set('', '138 1234 5678', '中国', {
        ...cn,
        email: null,
        phone: '+8613812345678',
        firstName: '娜',
        lastName: '李',
      });
    case 4:
      return set('', '', 'GB', { email: null, phone: null, firstName: 'Bob', lastName: 'Blank', country: 'GB' });
    case 5:
      return set('shared.inbox@example.com', '07911 199005', 'United Kingdom', {
        email: 'shared.inbox@example.com',
        phone: '+447911199005',
        country: 'GB',
      });
    case 6:
      return set('Shared.Inbox@Example.COM', '07911 199006', 'United Kingdom', {
        email: 'shared.inbox@example.com',
        phone: '+447911199006',
        firstName: 'Sam',
        lastName: 'Green',
        country: 'GB',
      });
    case 7:
    case 8:
      return set(`family${n}@example.com`, '139 8888 0000', 'China', {
        ...cn,
        email: `family${n}@example.com`,
        phone: '+8613988880000',
      });
    case 9:
      return set('n/a', '07911 199009', 'GB', { email: null, phone: '+447911199009', country: 'GB' });
    default:
      return plan;
  }
}

/** Customers with two or more order dates (in the file's order of ids), as the latest-wins cases need. */
function manyDates(lines: string[][]): string[] {
  const dates = new Map<string, Set<string>>();
  for (const c of lines) {
    const s = dates.get(c[0]) ?? new Set<string>();
    s.add(c[2]);
    dates.set(c[0], s);
  }
  return [...dates.keys()]
    .filter((id) => (dates.get(id)?.size ?? 0) >= 2 && Number(id) > 100009 && Number(id) % 25 !== 0)
    .sort();
}

const csvCell = (s: string) => (/[",\s]/.test(s) && s !== '' ? `"${s.replaceAll('"', '""')}"` : s);

let cached: ContactOrders | undefined;

/** Writes (once per test process) the bench transactions with contact columns; see the module's comment. */
export function contactOrders(): ContactOrders {
  if (cached) return cached;
  const dir = tempDir('segdesk-contacts-');
  execFileSync(process.execPath, [
    join(repoRoot, '..', 'shared', 'bench', 'gen_data.mjs'),
    '--customers',
    '2000',
    '--transactions',
    '20000',
    '--only',
    'transactions',
    '--out',
    dir,
  ]);
  const [header, ...rest] = readFileSync(join(dir, 'transactions.csv'), 'utf8').trim().split('\n');
  const lines = rest.map((l) => l.split(','));
  const [changed, latestBlank] = manyDates(lines);
  const plans = new Map<string, Plan>();
  for (let n = 1; n <= 2000; n++) plans.set(String(100000 + n), specialPlan(n, basePlan(n)));
  plans.set(
    changed,
    latestPlan(
      plans.get(changed),
      `old.address.${Number(changed) - 100000}@example.com`,
      `new.address.${Number(changed) - 100000}@example.com`,
    ),
  );
  const lb = plans.get(latestBlank);
  plans.set(latestBlank, latestPlan(lb, lb?.email(false) ?? '', ''));
  const last = new Map<string, number>();
  lines.forEach((c, i) => last.set(c[0], i));
  const out = [`${header},email,phone,first_name,last_name,country`];
  lines.forEach((c, i) => {
    const plan = plans.get(c[0]);
    if (!plan) throw new Error(`contact-orders: customer ${c[0]} is not one of the 2,000`);
    const f = plan.facts;
    f.spend += Number(c[3]);
    f.lines += 1;
    const cells = [plan.email(last.get(c[0]) === i), plan.phone(f.lines), f.firstName, f.lastName, plan.country];
    out.push(`${c.join(',')},${cells.map(csvCell).join(',')}`);
  });
  const file = join(dir, 'contact-orders.csv');
  writeFileSync(file, `${out.join('\n')}\n`);
  const customers = new Map([...plans].map(([id, p]) => [id, p.facts]));
  const id = (n: number) => String(100000 + n);
  cached = {
    file,
    customers,
    special: {
      gmail: id(1),
      googlemail: id(2),
      ukMobile: id(1),
      chineseMobile: id(3),
      bothBlank: id(4),
      sharedEmail: [id(5), id(6)],
      sharedPhone: [id(7), id(8)],
      notAnAddress: id(9),
      changed,
      latestBlank,
    },
  };
  return cached;
}

/** A plan whose e-mail is `earlier` on the customer's earlier lines and `latest` on its latest line. */
function latestPlan(plan: Plan | undefined, earlier: string, latest: string): Plan {
  if (!plan) throw new Error('contact-orders: no such customer');
  const email = (latest || earlier).trim().toLowerCase() || null;
  return {
    ...plan,
    facts: { ...plan.facts, email, googleEmail: googleOf(email) },
    email: (isLatest) => (isLatest ? latest : earlier),
  };
}
