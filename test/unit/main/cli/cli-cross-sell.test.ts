import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TargetList } from '../../../../src/shared/products';
import { cli, cliRetailWorkspace } from '../../../helpers/cli';
import { csvCells } from '../../../helpers/csv-cells';
import { tempDir } from '../../../helpers/paths';
import { isDefaultNonProduct, retailLines } from '../../../helpers/retail-lines';

let dir: string;
let ws: string;
const on = (...args: string[]) => cli(args[0], '--workspace', ws, ...args.slice(1));
/** `cross-sell --run 1` with the flags written as one string (no value holds a space), then `rest`. */
const crossSell = (flags: string, ...rest: string[]) => on('cross-sell', '--run', '1', ...flags.split(' '), ...rest);
/** Each customer's segment (English name), from `members`. */
let segmentOf: Map<string, string>;

beforeAll(() => {
  dir = tempDir('segdesk-cli-cross-sell-');
  ws = join(dir, 'retail.segdesk');
  cliRetailWorkspace(ws);
  expect(on('run', '--dataset', '1', '--model', 'rfm', '--json').code).toBe(0);
  const members = JSON.parse(on('members', '--run', '1', '--json').stdout) as { customerId: string; segment: string }[];
  segmentOf = new Map(members.map((m) => [m.customerId, m.segment]));
}, 120_000);

describe('segmentdesk cross-sell', () => {
  it('makes the list of Champions who bought the teacup but never the cakestand, keeps it, writes it, says the action', () => {
    const out = join(dir, 'list.csv');
    const made = crossSell('--segment champions --bought 22697 --not-bought 22423 --out', out, '--lang', 'en');
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
    // Independently, from the raw file: Champions with a 22697 line and no 22423 line.
    const codes = new Map<string, Set<string>>();
    for (const l of retailLines())
      if (!isDefaultNonProduct(l.code)) codes.set(l.customer, (codes.get(l.customer) ?? new Set()).add(l.code));
    const expected = [...segmentOf]
      .filter(([id, s]) => s === 'Champions' && codes.get(id)?.has('22697') && !codes.get(id)?.has('22423'))
      .map(([id]) => id)
      .sort();
    expect(expected.length).toBe(25);
    expect(made.stdout).toBe(
      [
        'Cross-sell list #1 "Champions: bought GREEN REGENCY TEACUP AND SAUCER, not REGENCY CAKESTAND 3 TIER" kept with run #1: 25 customers.',
        'Offer REGENCY CAKESTAND 3 TIER to 25 Champions who buy GREEN REGENCY TEACUP AND SAUCER',
        `Written: ${out} (25 rows)`,
        '',
      ].join('\n'),
    );
    const [header, ...rows] = csvCells(out);
    expect(header.slice(0, 2)).toEqual(['Customer ID', 'Segment']);
    expect(rows.map((r) => r[0]).sort()).toEqual(expected);
    expect(rows.every((r) => r[1] === 'Champions')).toBe(true);
  });

  it('--top-products 5 in Chinese, to XLSX; `lists` shows both lists with their action', () => {
    const made = crossSell(
      '--segment loyal --top-products 5 --out',
      join(dir, 'top.xlsx'),
      '--lang',
      'zh-CN',
      '--json',
    );
    expect(made.stderr).toBe('');
    const { list, action, written } = JSON.parse(made.stdout) as {
      list: TargetList;
      action: string;
      written: { rows: number };
    };
    expect(list.spec.source).toBe('topProducts');
    expect(list.spec.notBought).toHaveLength(5);
    expect(list.name).toBe('忠诚客户：未买本分群前5热销商品');
    expect(action).toBe(`向尚未购买本分群热销商品的${list.customers}位忠诚客户推荐这些商品`);
    expect(written.rows).toBe(list.customers);
    const kept = JSON.parse(on('lists', '--run', '1', '--json', '--lang', 'en').stdout) as {
      lists: (TargetList & { action: string })[];
    };
    expect(kept.lists.map((l) => [l.id, l.customers])).toEqual([
      [1, 25],
      [2, list.customers],
    ]);
    expect(kept.lists[1].action).toBe(
      `Offer their segment's top products to the ${list.customers} Loyal Customers who have not bought them yet`,
    );
    expect(on('lists', '--run', '1', '--lang', 'en').stdout).toContain(
      '#1 Champions: bought GREEN REGENCY TEACUP AND SAUCER',
    );
  });

  it('an unknown item: E_INVALID_INPUT naming it, nothing kept, no file; no items: E_USAGE', () => {
    const out = join(dir, 'none.csv');
    const bad = crossSell('--segment champions --bought 22697 --not-bought NO-SUCH --out', out);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('E_INVALID_INPUT');
    expect(bad.stderr).toContain('"NO-SUCH"');
    expect(existsSync(out)).toBe(false);
    expect(JSON.parse(on('lists', '--run', '1', '--json').stdout).lists).toHaveLength(2);
    const none = crossSell('--segment champions --out', out);
    expect(none.stderr).toContain('E_USAGE');
    // A bad --columns is found by the export: the list made for it is not kept.
    const columns = crossSell('--not-bought 22423 --columns nope --out', out);
    expect(columns.stderr).toContain('E_INVALID_INPUT');
    expect(JSON.parse(on('lists', '--run', '1', '--json').stdout).lists).toHaveLength(2);
  });
});
