import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { customerFeatures } from '../../../../../src/main/engine/features/customer-features';
import {
  attributeFields,
  customersOf,
  featureFields,
  type CustomerTable,
} from '../../../../../src/main/engine/features/customer-table';
import { prepareDataset } from '../../../../../src/main/engine/io/prepare-dataset';
import { readTable } from '../../../../../src/main/engine/io/read-table';
import { ruleCounts } from '../../../../../src/main/engine/models/rules';
import { ruleTemplates } from '../../../../../src/main/engine/models/templates';
import { playbookFor } from '../../../../../src/shared/playbook';
import type { RoleMapping } from '../../../../../src/shared/roles';
import { repoRoot, sharedData } from '../../../../helpers/paths';

const NOW = Date.UTC(2026, 10, 24);

async function customersTable(file: string, roles: RoleMapping, analysisDate: number): Promise<CustomerTable> {
  const p = prepareDataset(await readTable(file), { now: NOW, fallbackCurrency: 'USD', kind: 'customers', roles });
  const { ids, rows } = customersOf(p.table, p.roles.customerId);
  return { ids, fields: attributeFields(p.table, p.roles, rows, analysisDate) };
}

describe('rule templates', () => {
  it('offers on marketing_campaign only what its columns carry: age bands, income, education, family status', async () => {
    const roles = {
      customerId: 'ID',
      birthYear: 'Year_Birth',
      education: 'Education',
      maritalStatus: 'Marital_Status',
      income: 'Income',
    };
    const table = await customersTable(sharedData('marketing_campaign.csv'), roles, Date.UTC(2014, 11, 31));
    const templates = ruleTemplates(table, roles);
    expect(templates.map((t) => [t.key, t.group])).toEqual([
      ['age_bands', 'demographic'],
      ['income', 'demographic'],
      ['education', 'demographic'],
      ['maritalStatus', 'demographic'],
    ]);
    // Education: one rule per value, most common first, counts as in the file.
    const education = templates.find((t) => t.key === 'education')!;
    const raw = readFileSync(sharedData('marketing_campaign.csv'), 'utf8')
      .trim()
      .split(/\r?\n/)
      .slice(1)
      .map((l) => l.split('\t')[2]);
    const tally = new Map<string, number>();
    for (const e of raw) tally.set(e, (tally.get(e) ?? 0) + 1);
    const { counts, others } = ruleCounts(table, education.rules);
    expect(education.rules.map((r) => r.name.en)).toEqual(
      [...tally.keys()].sort((a, b) => tally.get(b)! - tally.get(a)!),
    );
    expect(counts).toEqual(education.rules.map((r) => tally.get(r.name.en)));
    expect(others).toBe(0);
    // Income tertiles hold about a third each of the 2,216 customers with an income (24 missing → Others).
    const income = ruleCounts(table, templates.find((t) => t.key === 'income')!.rules);
    expect(income.others).toBe(24);
    for (const c of income.counts) expect(Math.abs(c - 2216 / 3)).toBeLessThan(5);
  });

  it('offers psychographic templates for survey columns (lifestyle, values) on a small fixture', async () => {
    const file = join(repoRoot, 'test', 'fixtures', 'segments', 'psychographic.csv');
    const roles = { customerId: 'customer_id', age: 'age', city: 'city' };
    const table = await customersTable(file, roles, NOW);
    const templates = ruleTemplates(table, roles);
    expect(templates.map((t) => [t.key, t.group])).toEqual([
      ['age_bands', 'demographic'],
      ['city', 'geographic'],
      ['psycho_lifestyle', 'psychographic'],
      ['psycho_values', 'psychographic'],
    ]);
    const lines = readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(','));
    for (const [key, col] of [
      ['psycho_lifestyle', 1],
      ['psycho_values', 2],
    ] as const) {
      const t = templates.find((x) => x.key === key)!;
      const { counts } = ruleCounts(table, t.rules);
      expect(counts).toEqual(t.rules.map((r) => lines.filter((l) => l[col] === r.name.en).length));
    }
  });

  it('offers behavioural and value templates from transactions; the value tiers follow spend', async () => {
    const p = prepareDataset(await readTable(sharedData('rfm_data_orders.csv')), {
      now: NOW,
      fallbackCurrency: 'USD',
      kind: 'transactions',
      roles: { customerId: 'customer_id', orderDate: 'order_date', amount: 'revenue' },
    });
    const features = customerFeatures(p.table, p.roles, { analysisDate: Date.UTC(2006, 11, 31) });
    const table = { ids: features.ids, fields: featureFields(features) };
    const templates = ruleTemplates(table, p.roles);
    expect(templates.map((t) => t.key)).toEqual(['purchase_frequency', 'loyalty', 'value_tiers']);
    const value = templates.find((t) => t.key === 'value_tiers')!;
    expect(value.rules.map((r) => r.key)).toEqual(['high_value', 'medium_value', 'low_value']);
    const { counts } = ruleCounts(table, value.rules);
    const sorted = Float64Array.from(features.monetary).sort();
    const top = features.monetary.filter((m) => m >= sorted[Math.floor(0.8 * sorted.length)]).length;
    expect(counts[0]).toBe(top);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(995);
    const frequency = ruleCounts(table, templates[0].rules);
    expect(frequency.counts[0]).toBe(features.frequency.filter((f) => f === 1).length);
  });

  it('suggests actions per segment in both languages', () => {
    expect(playbookFor('at_risk')[0]).toEqual({ en: 'Win-back coupon', 'zh-CN': '发放召回优惠券' });
    expect(playbookFor('new')[1].en).toContain('second-purchase');
    expect(playbookFor('my_vip_list')).toEqual(playbookFor('champions'));
    expect(playbookFor('segment_7')).toEqual([]);
  });
});
