import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BasketResult } from '../../../../src/shared/products';
import { type DirectRule, directRules, retailBaskets } from '../../../helpers/basket-direct';
import { cliOn, cliRetailProductsWorkspace } from '../../../helpers/cli';
import { COUNTRY_RULES, uciCountries } from '../../../helpers/online-retail';
import { tempDir } from '../../../helpers/paths';

let basket: (...args: string[]) => ReturnType<ReturnType<typeof cliOn>>;
const baskets = retailBaskets();

beforeAll(() => {
  const dir = tempDir();
  const ws = join(dir, 'retail.segdesk');
  expect(cliRetailProductsWorkspace(ws).rowsKept).toBe(397884);
  const spec = join(dir, 'spec.json');
  writeFileSync(spec, JSON.stringify({ rules: COUNTRY_RULES }));
  expect(cliOn(ws)('run', '--dataset', '1', '--model', 'rules', '--spec', spec, '--json').code).toBe(0);
  basket = (...args) => cliOn(ws)('basket', '--dataset', '1', ...args);
}, 120_000);

const counts = ({ antecedent, consequent, orders, antecedentOrders, consequentOrders }: DirectRule) => ({
  antecedent,
  consequent,
  orders,
  antecedentOrders,
  consequentOrders,
});
const keysOf = (r: BasketResult['rules'][number]) =>
  counts({ ...r, antecedent: r.antecedent.map((i) => i.key), consequent: r.consequent.map((i) => i.key) });

describe('segmentdesk basket', () => {
  it('prints the rules (support 1 %, confidence 30 % by default) as JSON: the top 10 equal a count from the raw rows', () => {
    const out = basket('--json');
    expect(out.stderr).toBe('');
    const result = JSON.parse(out.stdout) as BasketResult;
    const direct = directRules(
      [...baskets.values()].map((o) => o.codes),
      1,
      30,
    );
    expect([result.orders, result.found, result.orderedBy]).toEqual([direct.orders, direct.rules.length, 'orderId']);
    expect(result.rules.slice(0, 10).map(keysOf)).toEqual(direct.rules.slice(0, 10).map(counts));
  });

  it('says the strongest rules in plain words, in English and in Chinese', () => {
    const top = directRules(
      [...baskets.values()].map((o) => o.codes),
      1,
      30,
    ).rules[0];
    // Regency tea plates: pink → roses + green, 185 orders.
    expect(counts(top)).toEqual({
      antecedent: ['23172'],
      consequent: ['23170', '23171'],
      orders: 185,
      antecedentOrders: 224,
      consequentOrders: 229,
    });
    const pct = (x: number) => `${Math.round(x * 1000) / 10} %`;
    const en = basket('--top', '3');
    expect(en.code).toBe(0);
    const lines = en.stdout.split('\n');
    expect(lines[0]).toBe('What sells together in “online_retail_uci”, by product, all customers');
    expect(lines[2]).toBe(
      `  1. Orders with REGENCY TEA PLATE PINK (23172) also hold REGENCY TEA PLATE ROSES (23170) + REGENCY TEA PLATE GREEN (23171): ${pct(top.confidence)} of them, ${Math.round(top.lift * 10) / 10}× as often as orders in general; 185 orders (${pct(top.support)} of all).`,
    );
    expect(lines[5]).toMatch(/^ {2}… and \d+ more/);
    expect(en.stdout).toContain('Left out as not products: POST, M, C2, DOT, BANK CHARGES, PADS (1,547 lines).');
    const zh = basket('--top', '1', '--lang', 'zh-CN');
    expect(zh.stdout).toContain(
      `含有 REGENCY TEA PLATE PINK (23172) 的订单中，有 ${pct(top.confidence)} 也含有 REGENCY TEA PLATE ROSES (23170) + REGENCY TEA PLATE GREEN (23171)，`,
    );
    expect(zh.stdout).not.toMatch(/Orders with|of them/);
  });

  it('finds the rules of one segment’s orders: --run and --segment (key or name)', () => {
    const { country } = uciCountries();
    const eu = [...baskets.values()].filter((o) =>
      COUNTRY_RULES[1].when.all[0].values.includes(country.get(o.customer)!),
    );
    const direct = directRules(
      eu.map((o) => o.codes),
      3,
      30,
    );
    const out = basket('--run', '1', '--segment', 'EU member states', '--min-support', '0.03', '--json');
    const result = JSON.parse(out.stdout) as BasketResult;
    expect([result.orders, result.found]).toEqual([direct.orders, direct.rules.length]);
    expect(result.rules.slice(0, 10).map(keysOf)).toEqual(direct.rules.slice(0, 10).map(counts));
    const text = basket('--run', '1', '--segment', 'eu', '--min-support', '0.03', '--top', '1').stdout;
    expect(text.split('\n')[0]).toBe(
      'What sells together in “online_retail_uci”, by product, the customers of “EU member states” (run 1)',
    );
  });

  it('refuses what it cannot do, and says which column rules by category need', () => {
    const alone = basket('--run', '1');
    expect([alone.code, alone.stderr]).toEqual([
      2,
      'error: E_USAGE: Give --run and --segment together (one segment of a run), or neither\n',
    ]);
    expect(basket('--run', '1', '--segment', 'nope').stderr).toContain('--segment: this run has no segment "nope"');
    expect(basket('--min-support', '0').stderr).toContain('--min-support takes a share');
    expect(basket('--by', 'category').stdout).toBe(
      'Basket rules by category need a column of categories: give a column the meaning “Category”.\n',
    );
  });
});
