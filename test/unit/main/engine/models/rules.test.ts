import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  attributeFields,
  customersOf,
  type CustomerTable,
} from '../../../../../src/main/engine/features/customer-table';
import { prepareDataset } from '../../../../../src/main/engine/io/prepare-dataset';
import { readTable } from '../../../../../src/main/engine/io/read-table';
import {
  applyRules,
  bandRules,
  equalWidthEdges,
  quantileEdges,
  ruleCounts,
} from '../../../../../src/main/engine/models/rules';
import { personas } from '../../../../../src/main/engine/profile/personas';
import { rulesSpecSchema, type SegmentRule } from '../../../../../src/shared/segments';
import { MARKETING_CAMPAIGN_ROLES } from '../../../../helpers/marketing-campaign';
import { sharedData } from '../../../../helpers/paths';

const ANALYSIS = Date.UTC(2014, 11, 31);
const EDUCATION = ['Graduation', 'PhD', 'Master', 'Basic', '2n Cycle'];
const BANDS = [0, 35, 50, 65, Number.POSITIVE_INFINITY];

/** The raw file read independently: one record per customer (tab-separated, no quotes in it). */
function rawCustomers() {
  const [header, ...lines] = readFileSync(sharedData('marketing_campaign.csv'), 'utf8').trim().split(/\r?\n/);
  const cols = header.split('\t');
  return lines.map((line) => {
    const cells = line.split('\t');
    const get = (name: string) => cells[cols.indexOf(name)];
    return {
      age: 2014 - Number(get('Year_Birth')),
      education: get('Education'),
      marital: get('Marital_Status'),
      income: get('Income') === '' ? null : Number(get('Income')),
    };
  });
}

/** Age band × education: one rule per pair, in band order. */
function ageByEducation(): SegmentRule[] {
  const bands = bandRules('age', BANDS);
  return bands.flatMap((band) =>
    EDUCATION.map((e) => ({
      key: `${band.key}_${e}`,
      name: { en: `${band.name.en}, ${e}`, 'zh-CN': `${band.name['zh-CN']}，${e}` },
      when: {
        all: [...('all' in band.when ? band.when.all : []), { field: 'Education', op: 'in' as const, values: [e] }],
      },
    })),
  );
}

describe('rules and personas on marketing_campaign (2,240 customers)', () => {
  let table: CustomerTable;
  const raw = rawCustomers();
  beforeAll(async () => {
    const prepared = prepareDataset(await readTable(sharedData('marketing_campaign.csv')), {
      now: Date.UTC(2026, 10, 24),
      fallbackCurrency: 'USD',
      kind: 'customers',
      roles: MARKETING_CAMPAIGN_ROLES,
    });
    const { ids, rows } = customersOf(prepared.table, prepared.roles.customerId);
    table = { ids, fields: attributeFields(prepared.table, prepared.roles, rows, ANALYSIS) };
  });

  it('counts an age-band × education rule run exactly as an independent count of the raw file', () => {
    const rules = rulesSpecSchema.parse({ model: 'rules', rules: ageByEducation() }).rules;
    const { counts, others } = ruleCounts(table, rules);
    const expected = Array.from({ length: rules.length }, () => 0);
    let expectedOthers = 0;
    for (const c of raw) {
      const band = BANDS.findIndex((lo, i) => c.age >= lo && c.age < BANDS[i + 1]);
      const e = EDUCATION.indexOf(c.education);
      if (band < 0 || e < 0) expectedOthers++;
      else expected[band * EDUCATION.length + e]++;
    }
    expect(counts).toEqual(expected);
    expect(others).toBe(expectedOthers);
    expect(counts.reduce((a, b) => a + b, 0) + others).toBe(2240);
    expect(rules[0].name.en).toBe('Age 0–34, Graduation');
    expect(bandRules('age', BANDS).at(-1)!.name.en).toBe('Age 65 and more');
  });

  it('describes each segment by standardised differences and lifts equal to an independent computation', () => {
    const segmentation = applyRules(table, bandRules('age', BANDS));
    const result = personas(table, segmentation);
    const incomes = raw.filter((c) => c.income !== null).map((c) => c.income!);
    const mean = incomes.reduce((a, b) => a + b, 0) / incomes.length;
    const sd = Math.sqrt(incomes.reduce((a, b) => a + (b - mean) ** 2, 0) / (incomes.length - 1));
    const marital = (list: typeof raw, value: string) => list.filter((c) => c.marital === value).length / list.length;
    BANDS.slice(0, -1).forEach((lo, s) => {
      const members = raw.filter((c) => c.age >= lo && c.age < BANDS[s + 1]);
      const persona = result[s];
      expect(persona.customers).toBe(members.length);
      const income = persona.numeric.find((t) => t.field === 'Income')!;
      const own = members.filter((c) => c.income !== null).map((c) => c.income!);
      const ownMean = own.reduce((a, b) => a + b, 0) / own.length;
      expect(income.mean).toBeCloseTo(ownMean, 6);
      expect(income.overallMean).toBeCloseTo(mean, 6);
      expect(income.difference).toBeCloseTo((ownMean - mean) / sd, 9);
      for (const trait of persona.categories.filter((t) => t.field === 'Marital_Status')) {
        expect(trait.share).toBeCloseTo(marital(members, trait.value), 12);
        expect(trait.lift).toBeCloseTo(marital(members, trait.value) / marital(raw, trait.value), 12);
      }
      // Ranked: the largest standardised difference first.
      const diffs = persona.numeric.map((t) => Math.abs(t.difference));
      expect(diffs).toEqual([...diffs].sort((a, b) => b - a));
      expect(persona.description.en.length).toBeGreaterThan(5);
      expect(persona.description['zh-CN'].length).toBeGreaterThan(3);
    });
    // The oldest band is older than average, by construction.
    expect(result[3].numeric.find((t) => t.field === 'age')!.difference).toBeGreaterThan(1);
  });

  it('makes equal-width and quantile bins, and refuses a rule on a field that does not exist', () => {
    const age = table.fields.find((f) => f.name === 'age')!;
    if (age.kind === 'category') throw new Error('age is a number');
    const widths = equalWidthEdges(age.values, 4);
    expect(widths).toHaveLength(5);
    expect(widths[0]).toBe(18);
    const q = quantileEdges(age.values, 4);
    const { counts } = ruleCounts(table, bandRules('age', q));
    // Quartile bands hold about a quarter each.
    for (const n of counts) expect(Math.abs(n - 560)).toBeLessThan(80);
    expect(() =>
      ruleCounts(table, [
        {
          key: 'x',
          name: { en: 'X', 'zh-CN': 'X' },
          when: { all: [{ field: 'Shoe size', op: 'range', min: 1, max: 2 }] },
        },
      ]),
    ).toThrowError(expect.objectContaining({ code: 'E_BAD_SPEC' }));
  });
});
