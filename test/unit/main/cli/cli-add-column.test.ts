import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, cliWorkspaceWith } from '../../../helpers/cli';
import {
  EDUCATION_MARITAL_RULES,
  marketingCustomers,
  ruleFigures,
  type MarketingCustomer,
} from '../../../helpers/marketing-campaign';
import { sharedData, tempDir } from '../../../helpers/paths';
import { digestWorkspace } from '../../../helpers/workspace-digest';

const MNT = 'MntWines,MntFruits,MntMeatProducts,MntFishProducts,MntSweetProducts,MntGoldProds';
const NUM = 'NumWebPurchases,NumCatalogPurchases,NumStorePurchases';

describe('segmentdesk dataset add-column: marketing_campaign gets an RFM run', () => {
  const dir = tempDir();
  const ws = join(dir, 'marketing.segdesk');
  const on = (...args: string[]) => cli('dataset', args[0], '--workspace', ws, '--dataset', '1', ...args.slice(1));
  let raw: MarketingCustomer[];
  beforeAll(() => {
    raw = marketingCustomers(readFileSync(sharedData('marketing_campaign.csv'), 'utf8'));
    cliWorkspaceWith(ws, sharedData('marketing_campaign.csv'), 'customers', 'customerId=ID');
  });

  it('adds spend and purchases with their meanings, and RFM scores them', () => {
    const spend = on('add-column', '--name', 'spend', '--sum', MNT, '--role', 'revenue', '--json');
    expect(spend.stderr).toBe('');
    expect(JSON.parse(spend.stdout)).toMatchObject({
      column: 'spend',
      type: 'integer',
      empty: 0,
      definition: { shape: 'sum', columns: MNT.split(',') },
      roles: { customerId: 'ID', revenue: 'spend' },
    });
    const purchases = on('add-column', '--name', 'purchases', '--sum', NUM, '--role', 'orderCount', '--json');
    expect(JSON.parse(purchases.stdout).roles).toMatchObject({ orderCount: 'purchases', revenue: 'spend' });
    // Recency: the import takes the role from the header.
    const roles = JSON.parse(cli('dataset', 'list', '--workspace', ws, '--json').stdout)[0].roles;
    expect(roles.recency).toBe('Recency');

    const run = cli('run', '--workspace', ws, '--dataset', '1', '--model', 'rfm', '--json');
    expect(run.stderr).toBe('');
    const out = JSON.parse(run.stdout) as {
      segments: { key: string; name: string; customers: number; revenue: number }[];
    };
    expect(out.segments.map((s) => s.key).slice(0, 11)).toEqual([
      'champions',
      'loyal',
      'potential_loyalist',
      'new',
      'promising',
      'need_attention',
      'about_to_sleep',
      'cant_lose',
      'at_risk',
      'hibernating',
      'lost',
    ]);
    const members = JSON.parse(cli('members', '--workspace', ws, '--run', '1', '--json').stdout) as {
      customerId: string;
      segment: string;
      recency: number;
      frequency: number;
      monetary: number;
    }[];
    expect(members).toHaveLength(2240);
    const byId = new Map(raw.map((c) => [c.id, c]));
    // The run's own per-customer figures are the file's Recency and the sums made here.
    for (const m of members) {
      const c = byId.get(m.customerId)!;
      expect([m.recency, m.frequency, m.monetary]).toEqual([c.recency, c.purchases, c.spend]);
    }
    // Customers and revenue per segment: the run's segments joined to the sums made here.
    for (const s of out.segments) {
      const mine = members.filter((m) => m.segment === s.name);
      expect([s.name, s.customers, s.revenue]).toEqual([
        s.name,
        mine.length,
        mine.reduce((n, m) => n + byId.get(m.customerId)!.spend, 0),
      ]);
    }
    expect(out.segments.reduce((n, s) => n + s.revenue, 0)).toBe(raw.reduce((n, c) => n + c.spend, 0));
    expect(raw.reduce((n, c) => n + c.spend, 0)).toBe(1356988);
  });

  it('a rule run on Education × Marital_Status: customers and revenue per segment as counted from the file', () => {
    const spec = join(dir, 'rules.json');
    writeFileSync(spec, JSON.stringify({ rules: EDUCATION_MARITAL_RULES }));
    const run = cli('run', '--workspace', ws, '--dataset', '1', '--model', 'rules', '--spec', spec, '--json');
    expect(run.stderr).toBe('');
    const out = JSON.parse(run.stdout) as { segments: { key: string; customers: number; revenue: number }[] };
    expect(out.segments.map((s) => s.key)).toEqual([...EDUCATION_MARITAL_RULES.map((r) => r.key), 'others']);
    const direct = ruleFigures(raw);
    expect(out.segments.map((s) => ({ customers: s.customers, revenue: s.revenue }))).toEqual(direct);
    expect(direct[0].customers).toBe(raw.filter((c) => c.education === 'Graduation' && c.marital === 'Married').length);
  });

  it('refuses bad definitions with exact codes and writes nothing', () => {
    const before = digestWorkspace(ws);
    const refused: [string[], string][] = [
      [['--name', 'x', '--sum', 'MntWines,Nope'], 'E_UNKNOWN_COLUMN'],
      [['--name', 'x', '--sum', 'MntWines,Education'], 'E_CALC_WRONG_TYPE'],
      [['--name', 'x', '--divide', 'Income', '--by', '0'], 'E_DIVIDE_BY_ZERO'],
      [['--name', 'x', '--bands', 'Income', '--edges', ''], 'E_NO_EDGES'],
      [['--name', 'x', '--bands', 'Income', '--edges', '5,1'], 'E_BAD_EDGES'],
      [['--name', 'spend', '--sum', 'MntWines'], 'E_COLUMN_EXISTS'],
      [['--name', 'x', '--map', 'Education', '--role', 'revenue'], 'E_WRONG_COLUMN_TYPE'],
      [['--name', 'x', '--sum', 'MntWines', '--year', 'Dt_Customer'], 'E_USAGE'],
      [['--name', 'x', '--times', 'MntWines', '--by', 'lots'], 'E_USAGE'],
    ];
    for (const [args, code] of refused) {
      const r = on('add-column', ...args);
      expect(r.stderr, args.join(' ')).toMatch(new RegExp(`^error: ${code}: `));
      expect(r.code).not.toBe(0);
    }
    expect(on('drop-column', '--column', 'Income').stderr).toMatch(/^error: E_NOT_CALCULATED: /);
    expect(digestWorkspace(ws)).toEqual(before);
  });

  it('the other shapes from flags; a column another reads cannot be removed; removing one takes its meaning', () => {
    const json = (...args: string[]) => {
      const r = on('add-column', ...args, '--json');
      expect(r.stderr, args.join(' ')).toBe('');
      return JSON.parse(r.stdout) as { type: string; empty: number; definition: Record<string, unknown> };
    };
    expect(json('--name', 'per_purchase', '--ratio', 'spend,purchases')).toMatchObject({
      type: 'decimal',
      empty: raw.filter((c) => c.purchases === 0).length,
    });
    expect(json('--name', 'joined', '--year', 'Dt_Customer').type).toBe('integer');
    expect(json('--name', 'tenure', '--days-to-analysis', 'Dt_Customer', '--day', '2015-01-01').definition).toEqual({
      shape: 'daysToAnalysis',
      column: 'Dt_Customer',
      day: '2015-01-01',
    });
    expect(json('--name', 'spend_band', '--bands', 'spend', '--edges', '0,100,500').type).toBe('category');
    expect(
      json('--name', 'edu_group', '--map', 'Education', '--group', 'PhD=Postgrad,Master=Postgrad').definition,
    ).toEqual({
      shape: 'map',
      column: 'Education',
      groups: { PhD: 'Postgrad', Master: 'Postgrad' },
      preset: null,
      language: 'en',
      other: 'Other',
    });
    expect(on('drop-column', '--column', 'spend').stderr).toMatch(/^error: E_COLUMN_IN_USE: "spend" is used by/);
    expect(on('drop-column', '--column', 'per_purchase').code).toBe(0);
    expect(on('drop-column', '--column', 'spend_band').code).toBe(0);
    expect(on('drop-column', '--column', 'spend', '--json').stdout).toBe('{"datasetId":1,"removed":"spend"}\n');
    const [d] = JSON.parse(cli('dataset', 'list', '--workspace', ws, '--json').stdout);
    expect(d.roles.revenue).toBeUndefined();
    expect(d.columns.map((c: { name: string }) => c.name).slice(-4)).toEqual([
      'purchases',
      'joined',
      'tenure',
      'edu_group',
    ]);
  });
});
