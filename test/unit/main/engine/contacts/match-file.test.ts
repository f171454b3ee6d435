import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchFileRows, type MatchMembers } from '../../../../../src/main/engine/contacts/match-file';
import type { MemberContacts } from '../../../../../src/main/engine/contacts/member-contacts';
import { readMatchTable } from '../../../../../src/main/engine/contacts/read-match-table';
import { readSuppressionFile } from '../../../../../src/main/engine/contacts/read-suppression-file';
import type { ContactField } from '../../../../../src/shared/presets';
import { contactOrders } from '../../../../helpers/contact-orders';
import { sharedData, tempDir } from '../../../../helpers/paths';

const dir = tempDir('segdesk-match-file-');
let n = 0;
/** A CSV file written by hand. */
const csv = (text: string) => {
  const file = join(dir, `file-${++n}.csv`);
  writeFileSync(file, text);
  return file;
};
/** Contact values per member row, as a run's contacts give them. */
function contacts(values: Partial<Record<ContactField, (string | null)[]>>): MemberContacts {
  const size = Object.values(values)[0]!.length;
  const columns = Object.fromEntries(Object.keys(values).map((f) => [f, f])) as MemberContacts['columns'];
  return { size, columns, value: (field, row) => values[field]?.[row]?.trim() || null };
}

// rfm_data_orders.csv, read directly: one e-mail per customer (customer_id holds a person's name).
const lines = readFileSync(sharedData('rfm_data_orders.csv'), 'utf8').trim().split('\n').slice(1);
const emailOf = new Map<string, string>();
for (const line of lines) {
  const [id, , , , , email] = line.split(',');
  if (!emailOf.has(id)) emailOf.set(id, email);
}
const ids = [...emailOf.keys()];
const rfm: MatchMembers = {
  ids,
  contacts: contacts({ email: ids.map((id) => emailOf.get(id)!) }),
  defaultCountry: null,
};

describe('matchFileRows', () => {
  it('rfm_data_orders: e-mail addresses written in other case and with spaces match their customers; unknown and invalid ones are counted, blank rows skipped', async () => {
    expect(ids).toHaveLength(995);
    const picked = [ids[0], ids[10], ids[500], ids[994]];
    const rows = [
      `  ${emailOf.get(picked[0])!.toUpperCase()}  `,
      emailOf.get(picked[1])!.replace(/^./, (c) => c.toUpperCase()),
      'nobody@example.com',
      '',
      ` ${emailOf.get(picked[2])} `,
      'not an address',
      '',
      emailOf.get(picked[3])!,
      'someone.else@rfmail.com',
    ];
    const file = await readMatchTable(
      csv(`Name,Email Address,MEMBER_RATING\n${rows.map((e, i) => `x${i},${e},2`).join('\n')}\n`),
    );
    const match = matchFileRows(file, rfm);
    expect([match.by, match.column]).toEqual(['email', 'Email Address']);
    expect(Array.from(match.rows)).toEqual([0, 10, -1, -1, 500, -1, -1, 994, -1]);
    expect(match.unmatched).toBe(3);
    expect(match.blank).toBe(2);
    expect(match.named.reduce((s, v) => s + v, 0)).toBe(4);
    expect([match.named[0], match.named[10], match.named[500], match.named[994], match.named[1]]).toEqual([
      1, 1, 1, 1, 0,
    ]);
  });

  it('by customer id: trimmed, and a number read as a number is the same id as its text ("12346" = 12346.0)', async () => {
    const members: MatchMembers = { ids: ['12346', '12347', '0012', 'C-9'], contacts: null, defaultCountry: null };
    const file = await readMatchTable(csv('customer_id,responded\n12346.0,1\n 12347 ,0\n99999,1\n,1\n12347.0,1\n'));
    const match = matchFileRows(file, members);
    expect([match.by, match.column]).toEqual(['customerId', 'customer_id']);
    expect(Array.from(match.rows)).toEqual([0, 1, -1, -1, 1]);
    expect([match.unmatched, match.blank]).toEqual([1, 1]);
    const text = await readMatchTable(csv('客户编号\n0012\nC-9\nc-9\n'));
    const byText = matchFileRows(text, members);
    expect(Array.from(byText.rows)).toEqual([2, 3, -1]);
    expect(byText.unmatched).toBe(1);
  });

  it('rfm_data_orders by id: the names in customer_id, two unknown', async () => {
    const file = await readMatchTable(
      csv(`Customer ID\n${ids[3]}\n${ids[4]}\nNo Such Person\n${ids[900]}\nAnother Stranger\n`),
    );
    const match = matchFileRows(file, rfm);
    expect([match.by, match.column, match.unmatched]).toEqual(['customerId', 'Customer ID', 2]);
    expect(Array.from(match.rows)).toEqual([3, 4, -1, 900, -1]);
  });

  it('by phone: "+44 7911 123456" is the member written "07911 123456" in the United Kingdom; the file\'s numbers without a code are read in the default country', async () => {
    const members: MatchMembers = {
      ids: ['a', 'b', 'c', 'd'],
      contacts: contacts({
        phone: ['07911 123456', '138 1234 5678', '(201) 555-0123', null],
        country: ['United Kingdom', '中国', null, 'GB'],
      }),
      defaultCountry: 'US',
    };
    const file = await readMatchTable(
      csv(
        'Phone Number,Total Orders\n+44 7911 123456,1\n+86 138-1234-5678,2\n201 555 0123,0\n07911 123456,1\n,3\n+1 202 555 0199,1\n',
      ),
    );
    const match = matchFileRows(file, members);
    expect([match.by, match.column]).toEqual(['phone', 'Phone Number']);
    // "07911 123456" in the file is read in the default country (US): not a UK number, so nobody.
    expect(Array.from(match.rows)).toEqual([0, 1, 2, -1, -1, -1]);
    expect([match.unmatched, match.blank]).toEqual([2, 1]);
    const gb = matchFileRows(file, { ...members, defaultCountry: 'GB' });
    // Member c has no country: read in GB like the file's "201 555 0123", the two are one (London) number.
    expect(Array.from(gb.rows)).toEqual([0, 1, 2, 0, -1, -1]);
  });

  it('gmail addresses match with or without the dots before the @ (one mailbox); other domains keep their dots', async () => {
    const members: MatchMembers = {
      ids: ['jane', 'john'],
      contacts: contacts({ email: [' Jane.Doe@GMail.com ', 'john.smith@example.com'] }),
      defaultCountry: null,
    };
    const file = await readMatchTable(
      csv('email\njanedoe@gmail.com\nj.a.n.e.doe@googlemail.com\njohnsmith@example.com\nJOHN.SMITH@example.com\n'),
    );
    const match = matchFileRows(file, members);
    // googlemail.com is Gmail's other name but another address text: it stays unmatched.
    expect(Array.from(match.rows)).toEqual([0, -1, -1, 1]);
  });

  it('a column found by its values (a header that says nothing), and a one-column list of ids', async () => {
    const file = await readMatchTable(
      csv(`col_a,col_b\n1,${emailOf.get(ids[7])}\n2,${emailOf.get(ids[8])}\n3,x@y.org\n`),
    );
    const match = matchFileRows(file, rfm);
    expect([match.by, match.column, match.unmatched]).toEqual(['email', 'col_b', 1]);
    expect(Array.from(match.rows)).toEqual([7, 8, -1]);
    const one = await readMatchTable(csv(`list\n${ids[1]}\n${ids[2]}\nZed\n`));
    const byId = matchFileRows(one, rfm);
    expect([byId.by, byId.column, byId.unmatched]).toEqual(['customerId', 'list', 1]);
  });

  it("of several candidate columns, the one naming the most customers (a shop's own customer numbers beside the e-mail)", async () => {
    const file = await readMatchTable(
      csv(`Customer ID,Email,Total Spent\n7001,${emailOf.get(ids[20])},10\n7002,${emailOf.get(ids[21])},0\n7003,,5\n`),
    );
    const match = matchFileRows(file, rfm);
    expect([match.by, match.column, match.unmatched, match.blank]).toEqual(['email', 'Email', 0, 1]);
    expect(Array.from(match.rows)).toEqual([20, 21, -1]);
    // Named: the column and what it holds.
    const named = matchFileRows(file, rfm, { by: 'customerId', column: 'Customer ID' });
    expect([named.by, named.unmatched]).toEqual(['customerId', 3]);
  });

  it("a Mailchimp export's MEMBER_RATING (1–5 stars) is no member id even when the ids are 1…N; ranking counts distinct customers, not rows", async () => {
    const members: MatchMembers = {
      ids: ['1', '2', '3', '4', '5', '6'],
      contacts: contacts({ email: ['a@x.com', 'b@x.com', 'c@x.com', 'd@x.com', 'e@x.com', 'f@x.com'] }),
      defaultCountry: null,
    };
    // Six rows rated 2 would name member "2" six times (six rows matched) against e-mails naming three members.
    const file = await readMatchTable(
      csv(
        'Email Address,MEMBER_RATING,OPTIN_TIME\nd@x.com,2,2026-01-01\ne@x.com,2,2026-01-01\nf@x.com,2,2026-01-01\nzz@x.com,2,2026-01-01\nyy@x.com,2,2026-01-01\nxx@x.com,2,2026-01-01\n',
      ),
    );
    const match = matchFileRows(file, members);
    expect([match.by, match.column]).toEqual(['email', 'Email Address']);
    expect(Array.from(match.named)).toEqual([0, 0, 0, 1, 1, 1]);
    // A header that ends with an id's name is one ("Shopify Customer ID", "member_no", "会员卡号"); "Order ID" is not.
    const ends = await readMatchTable(csv('Order ID,Shopify Customer ID,member_no,会员卡号\n9,1,2,3\n'));
    const columns = ['Shopify Customer ID', 'member_no', '会员卡号'];
    expect(columns.map((column) => matchFileRows(ends, members, { by: 'customerId', column }).rows[0])).toEqual([
      0, 1, 2,
    ]);
    expect(matchFileRows(ends, members).column).toBe('Shopify Customer ID');
    const orderOnly = await readMatchTable(csv('Order ID,Total\n1,5\n'));
    expect(() => matchFileRows(orderOnly, members)).toThrow(expect.objectContaining({ code: 'E_MISSING_ROLE' }));
    // Of two columns naming members, the one naming more distinct customers wins over one repeating a few.
    const repeated = await readMatchTable(csv('customer_id,Email\n1,b@x.com\n1,c@x.com\n1,d@x.com\n'));
    expect(matchFileRows(repeated, members).column).toBe('Email');
  });

  it('a file with no column that says who the customer is: E_MISSING_ROLE naming its columns; e-mails against a run without e-mails: the role to map', async () => {
    const file = await readMatchTable(csv('campaign,clicks\nspring,3\nsummer,0\n'));
    expect(() => matchFileRows(file, rfm)).toThrow(
      expect.objectContaining({
        code: 'E_MISSING_ROLE',
        details: expect.objectContaining({ source: 'matchFile', columns: ['campaign', 'clicks'] }),
      }),
    );
    const emails = await readMatchTable(csv('Email\na@b.com\n'));
    expect(() => matchFileRows(emails, { ids, contacts: null, defaultCountry: null })).toThrow(
      expect.objectContaining({ code: 'E_MISSING_ROLE', details: expect.objectContaining({ roles: ['email'] }) }),
    );
    expect(() => matchFileRows(emails, rfm, 'Mail')).toThrow(expect.objectContaining({ code: 'E_INVALID_INPUT' }));
  });
});

describe('matchFileRows on the contact-orders file (the bench transactions with contacts)', () => {
  const { customers, special } = contactOrders();
  const order = [...customers.keys()].sort();
  const at = (id: string) => order.indexOf(id);
  // The members' contacts as the facts say (normalised by construction; the country as ISO-2).
  const members: MatchMembers = {
    ids: order,
    contacts: contacts({
      email: order.map((id) => customers.get(id)!.email),
      phone: order.map((id) => customers.get(id)!.phone),
      country: order.map((id) => customers.get(id)!.country),
    }),
    defaultCountry: null,
  };
  const changedN = Number(special.changed) - 100000;

  it('e-mails: case and spaces, gmail dots, a shared inbox (every sharer named), the old address of a customer whose e-mail changed, "n/a"', async () => {
    const rows = [
      ' JANE.DOE@GMAIL.COM ',
      'janedoe@gmail.com',
      'josmith@googlemail.com',
      'shared.inbox@example.com',
      'n/a',
      `old.address.${changedN}@example.com`,
      `New.Address.${changedN}@example.com`,
      '',
      'nobody@example.com',
    ];
    const file = await readMatchTable(csv(`Email,Placed Order\n${rows.map((e) => `"${e}",1`).join('\n')}\n`));
    const match = matchFileRows(file, members);
    expect([match.by, match.column]).toEqual(['email', 'Email']);
    const [jane, john, shared] = [at(special.gmail), at(special.googlemail), at(special.sharedEmail[0])];
    expect(Array.from(match.rows)).toEqual([jane, jane, john, shared, -1, -1, at(special.changed), -1, -1]);
    expect([match.unmatched, match.blank]).toEqual([3, 1]);
    const named = order.filter((_, i) => match.named[i]);
    expect(named).toEqual([special.gmail, special.googlemail, ...special.sharedEmail, special.changed].sort());
  });

  it('phones: E.164 with spaces, a number without its code read in the default country, a shared phone', async () => {
    const rows = ['+44 7911 123456', '13812345678', '+86 139 8888 0000', '07911 654321', '', '12345'];
    const file = await readMatchTable(csv(`手机号\n${rows.map((p) => `"${p}"`).join('\n')}\n`));
    const match = matchFileRows(file, { ...members, defaultCountry: 'CN' });
    expect([match.by, match.column]).toEqual(['phone', '手机号']);
    // "07911 654321" read in China is no valid number: unmatched, like "12345".
    expect(Array.from(match.rows)).toEqual([
      at(special.ukMobile),
      at(special.chineseMobile),
      at(special.sharedPhone[0]),
      -1,
      -1,
      -1,
    ]);
    expect([match.unmatched, match.blank]).toEqual([2, 1]);
    expect(order.filter((_, i) => match.named[i])).toEqual(
      [special.ukMobile, special.chineseMobile, ...special.sharedPhone].sort(),
    );
  });
});

describe('readSuppressionFile', () => {
  it('every member sharing a listed address is suppressed; unmatched rows counted', async () => {
    const members: MatchMembers = {
      ids: ['a', 'b', 'c'],
      contacts: contacts({ email: ['shared@example.com', 'SHARED@example.com', 'own@example.com'] }),
      defaultCountry: null,
    };
    const s = await readSuppressionFile(csv('E-mail\nshared@example.com\ngone@example.com\n\n'), members);
    expect(Array.from(s.suppressed)).toEqual([1, 1, 0]);
    expect([s.unmatched, s.by, s.column]).toEqual([1, 'email', 'E-mail']);
  });

  it('an unsubscribe list with an e-mail and a phone column suppresses by both; a row blank in both is blank', async () => {
    const members: MatchMembers = {
      ids: ['a', 'b', 'c', 'd'],
      contacts: contacts({
        email: ['a@example.com', 'b@example.com', null, 'd@example.com'],
        phone: ['+447911123456', null, '+447911123457', null],
      }),
      defaultCountry: 'GB',
    };
    const file = csv('Email,Phone\nb@example.com,\n,07911 123457\na@example.com,07911 123456\n,\nzz@example.com,\n');
    const s = await readSuppressionFile(file, members);
    // b by e-mail, c by phone (read in the UK), a by both; d stays.
    expect(Array.from(s.suppressed)).toEqual([1, 1, 1, 0]);
    expect([s.rows, s.blank, s.unmatched, s.by, s.columns]).toEqual([5, 1, 1, 'email', ['Email', 'Phone']]);
  });
});
