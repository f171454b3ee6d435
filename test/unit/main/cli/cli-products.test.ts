import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RunProducts } from '../../../../src/shared/products';
import { cli, cliRetailWorkspace, cliWorkspaceWith } from '../../../helpers/cli';
import { sharedData, tempDir } from '../../../helpers/paths';
import { isDefaultNonProduct, retailLines } from '../../../helpers/retail-lines';

let ws: string;
const on = (...args: string[]) => cli(args[0], '--workspace', ws, ...args.slice(1));

beforeAll(() => {
  ws = join(tempDir('segdesk-cli-products-'), 'retail.segdesk');
  // The import suggests StockCode and Description as the product id and name.
  expect(cliRetailWorkspace(ws).roles).toMatchObject({ productId: 'StockCode', productName: 'Description' });
  expect(on('run', '--dataset', '1', '--model', 'rfm', '--json').code).toBe(0);
}, 120_000);

describe('segmentdesk products', () => {
  it('prints RunProducts as JSON, one segment with --segment; Champions’ top products by revenue as counted from the raw file', () => {
    const all = on('products', '--run', '1', '--json');
    expect(all.stderr).toBe('');
    const products = JSON.parse(all.stdout) as RunProducts;
    expect(products.product!.segments.map((s) => s.segment)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    const one = on('products', '--run', '1', '--segment', 'champions', '--json');
    const champions = (JSON.parse(one.stdout) as RunProducts).product!.segments;
    expect(champions).toEqual([products.product!.segments[0]]);
    // Independently: the Champions (from `members`) and their clean product lines.
    const members = JSON.parse(on('members', '--run', '1', '--json').stdout) as {
      customerId: string;
      segment: string;
    }[];
    const ids = new Set(members.filter((m) => m.segment === 'Champions').map((m) => m.customerId));
    const revenue = new Map<string, number>();
    const buyers = new Map<string, Set<string>>();
    for (const l of retailLines())
      if (ids.has(l.customer) && !isDefaultNonProduct(l.code)) {
        revenue.set(l.code, (revenue.get(l.code) ?? 0) + l.quantity * l.price);
        buyers.set(l.code, (buyers.get(l.code) ?? new Set()).add(l.customer));
      }
    const top = [...revenue].sort((a, b) => b[1] - a[1]).slice(0, 3);
    expect(champions[0].byRevenue.slice(0, 3).map((i) => [i.key, Math.round(i.revenue * 100), i.buyers])).toEqual(
      top.map(([code, r]) => [code, Math.round(r * 100), buyers.get(code)!.size]),
    );
    expect(top.map(([code]) => code)).toEqual(['22423', '85123A', '85099B']);
  });

  it('prints the distinctive items and the top by revenue as text, in English and Chinese', () => {
    const json = JSON.parse(on('products', '--run', '1', '--segment', 'Champions', '--json').stdout) as RunProducts;
    const s = json.product!.segments[0];
    const first = s.distinctive[0];
    const en = on('products', '--run', '1', '--segment', 'Champions');
    expect(en.code).toBe(0);
    expect(en.stdout).toContain(`Champions · ${s.buyers} customers bought at least one product`);
    expect(en.stdout).toContain(`Sets them apart (bought by at least ${s.minBuyers} of them`);
    expect(en.stdout).toContain(
      `1. ${first.name} [${first.key}] — ${(first.share * 100).toFixed(1)} % of them, ${first.lift.toFixed(1)}× as often as the average customer`,
    );
    expect(en.stdout).toContain('1. REGENCY CAKESTAND 3 TIER [22423] — £104,259 · 312 customers');
    expect(en.stdout).toContain('Left out as not products: POST 1,099, M 284, C2 133, DOT 16, BANK CHARGES 12, PADS 3');
    expect(en.stdout).not.toContain('Loyal Customers');
    const zh = on('products', '--run', '1', '--segment', 'champions', '--lang', 'zh-CN');
    expect(zh.stdout).toContain(`冠军客户 · ${s.buyers} 位客户至少买过一种商品`);
    expect(zh.stdout).toContain(`是平均客户的 ${first.lift.toFixed(1)} 倍`);
  });

  it('says which segments a run has, and which column a dataset lacks', () => {
    const unknown = on('products', '--run', '1', '--segment', 'nobody');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('E_NOT_FOUND');
    expect(unknown.stderr).toContain('no segment "nobody"; it has: champions (Champions), loyal (Loyal Customers)');
    const category = on('products', '--run', '1', '--by', 'category');
    expect(category.code).toBe(1);
    expect(category.stderr).toContain('E_MISSING_ROLE');
    expect(category.stderr).toContain('Map a column to: Category.');

    // Without its product columns the dataset has nothing to read products from (and the cached result is not used).
    // A copy of the workspace above (Online Retail and its RFM run), its products read once.
    const plain = join(tempDir('segdesk-cli-noproducts-'), 'retail.segdesk');
    expect(cli('workspace', 'copy', ws, plain).code).toBe(0);
    expect(cli('products', '--workspace', plain, '--run', '1', '--json').code).toBe(0);
    for (const column of ['StockCode', 'Description'])
      expect(
        cli('dataset', 'set-role', '--workspace', plain, '--dataset', '1', '--column', column, '--role', 'none').code,
      ).toBe(0);
    const needs = cli('products', '--workspace', plain, '--run', '1');
    expect(needs.code).toBe(1);
    expect(needs.stderr).toContain(
      'E_MISSING_ROLE: What each segment buys is read from a product or category column. Map a column to: Product ID, Category.',
    );
    expect(cli('products', '--workspace', plain, '--run', '1', '--lang', 'zh-CN').stderr).toContain('商品编号');

    const customers = join(tempDir('segdesk-cli-customers-'), 'customers.segdesk');
    cliWorkspaceWith(
      customers,
      sharedData('rfm_data_customer.csv.gz'),
      'customers',
      'customerId=customer_id,revenue=revenue,lastPurchase=most_recent_visit,orderCount=number_of_orders',
    );
    expect(cli('run', '--workspace', customers, '--dataset', '1', '--json').code).toBe(0);
    const lines = cli('products', '--workspace', customers, '--run', '1');
    expect(lines.code).toBe(1);
    expect(lines.stderr).toContain('E_INVALID_INPUT: Run #1 does not segment the customers of order lines');
    expect(cli('products', '--workspace', customers, '--run', '1', '--lang', 'zh-CN').stderr).toContain(
      '运行 #1 不是对订单明细中的客户分群',
    );
  });
});

describe('segmentdesk non-products', () => {
  it('shows the defaults, sets a list (products per segment use it), resets', () => {
    const defaults = JSON.parse(on('non-products', '--dataset', '1', '--json').stdout);
    expect(defaults.edited).toBe(false);
    expect(defaults.codes).toContain('POST');
    const set = on('non-products', '--dataset', '1', '--set', 'M,DOT', '--json');
    expect(set.stderr).toBe('');
    expect(JSON.parse(set.stdout)).toMatchObject({ codes: ['M', 'DOT'], edited: true });
    const products = JSON.parse(on('products', '--run', '1', '--json').stdout) as RunProducts;
    expect(products.excluded!.codes.map((c) => [c.key, c.lines])).toEqual([
      ['M', 284],
      ['DOT', 16],
    ]);
    // POST is a product again: bought by the customers of 1,099 lines.
    expect(products.product!.segments.some((s) => s.byBuyers.some((i) => i.key === 'POST'))).toBe(true);
    const text = on('non-products', '--dataset', '1');
    expect(text.stdout).toContain('(dataset #1, your own list):\n  M\n  DOT\n');
    expect(JSON.parse(on('non-products', '--dataset', '1', '--reset', '--json').stdout).edited).toBe(false);
    expect(on('non-products', '--dataset', '1', '--set', 'X', '--reset').stderr).toContain('E_USAGE');
  });
});
