import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contactOrders } from '../../helpers/contact-orders';

describe('the contact-orders test file', () => {
  it('holds the bench transactions with the contact columns and the cases built on purpose', () => {
    const { file, customers, special } = contactOrders();
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    expect(lines[0]).toBe(
      'customer_id,order_id,order_date,amount,quantity,category,channel,email,phone,first_name,last_name,country',
    );
    expect(lines).toHaveLength(20001);
    expect(customers.size).toBe(2000);
    const of = (id: string) => lines.filter((l) => l.startsWith(`${id},`));
    expect(of(special.gmail)[0]).toMatch(/," Jane\.Doe@GMail\.com ","07911 123456",Jane,Doe,"United Kingdom"$/);
    expect(of(special.chineseMobile)[0]).toMatch(/,,"138 1234 5678",娜,李,中国$/);
    expect(of(special.bothBlank).every((l) => l.endsWith(',,,Bob,Blank,GB'))).toBe(true);
    const changed = of(special.changed);
    expect(changed.at(-1)).toContain(',new.address.');
    expect(changed[0]).toContain(',old.address.');
    expect(customers.get(special.changed)?.email).toMatch(/^new\.address\.\d+@example\.com$/);
    const latestBlank = of(special.latestBlank);
    expect(latestBlank.at(-1)).toMatch(/,\d{4}-\d\d-\d\d,[\d.]+,\d+,\w+,\w+,,/);
    expect(customers.get(special.latestBlank)?.email).toBe(`kehu${Number(special.latestBlank) - 100000}@example.com`);
    expect(customers.get(special.gmail)).toMatchObject({
      email: 'jane.doe@gmail.com',
      googleEmail: 'janedoe@gmail.com',
      phone: '+447911123456',
      country: 'GB',
    });
    expect(customers.get(special.googlemail)?.googleEmail).toBe('josmith@googlemail.com');
    const facts = [...customers.values()];
    // 80 multiples of 25 lack an e-mail, plus 李娜, Bob Blank and "n/a".
    expect(facts.filter((f) => f.email === null)).toHaveLength(83);
    // 66 multiples of 30 lack a phone, plus Bob Blank.
    expect(facts.filter((f) => f.phone === null)).toHaveLength(67);
    expect(facts.reduce((s, f) => s + f.lines, 0)).toBe(20000);
  });
});
