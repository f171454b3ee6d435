import type { RoleMapping } from '../../../shared/roles';
import type { SegmentName, SegmentRule } from '../../../shared/segments';
import type { CustomerField, CustomerTable } from '../features/customer-table';
import { bandRules, quantileEdges } from './rules';

export type TemplateGroup = 'demographic' | 'geographic' | 'psychographic' | 'behavioural' | 'value';

/** A ready-made rule set the data can carry. */
export interface RuleTemplate {
  key: string;
  group: TemplateGroup;
  name: SegmentName;
  rules: SegmentRule[];
}

/** Categories with more values than this are offered by their most common values (the rest: Others). */
const MAX_VALUES = 12;
/** Survey columns of lifestyle, values, interests and buying motives (English and Chinese headers). */
const PSYCHOGRAPHIC =
  /lifestyle|life_style|values?\b|interest|hobby|motive|motivation|attitude|personality|生活方式|价值观|兴趣|爱好|动机|性格|态度/i;

const n = (en: string, zh: string): SegmentName => ({ en, 'zh-CN': zh });

function field(table: CustomerTable, name: string | undefined): CustomerField | undefined {
  return name === undefined ? undefined : table.fields.find((f) => f.name === name);
}

/** One rule per value of a category field, most common first (at most MAX_VALUES). */
function valueRules(f: Extract<CustomerField, { kind: 'category' }>, keyPrefix: string): SegmentRule[] {
  const counts = new Int32Array(f.labels.length);
  for (const c of f.codes) if (c >= 0) counts[c]++;
  return Array.from(counts.keys())
    .filter((e) => counts[e] > 0)
    .sort((x, y) => counts[y] - counts[x] || x - y)
    .slice(0, MAX_VALUES)
    .map((e, i) => ({
      key: `${keyPrefix}_${i + 1}`,
      name: n(f.labels[e], f.labels[e]),
      when: { all: [{ field: f.name, op: 'in' as const, values: [f.labels[e]] }] },
    }));
}

/** Low / middle / high by tertiles of a number field. */
function tertileRules(
  f: Extract<CustomerField, { kind: 'number' | 'date' }>,
  key: string,
  names: [SegmentName, SegmentName, SegmentName],
): SegmentRule[] {
  const edges = quantileEdges(f.values, 3);
  if (edges.length !== 4) return [];
  return bandRules(f.name, edges, key).map((rule, i) => ({ ...rule, name: names[i] }));
}

/** Age bands, income tertiles, and one template per demographic or geographic category the data has. */
function demographicTemplates(table: CustomerTable, roles: RoleMapping): RuleTemplate[] {
  const out: RuleTemplate[] = [];
  const age = field(table, roles.age) ?? field(table, 'age');
  if (age && age.kind === 'number') {
    out.push({
      key: 'age_bands',
      group: 'demographic',
      name: n('Age bands', '年龄段'),
      rules: bandRules(age.name, [18, 26, 36, 46, 56, Number.POSITIVE_INFINITY], 'age'),
    });
  }
  const categories: [keyof RoleMapping, TemplateGroup, SegmentName][] = [
    ['gender', 'demographic', n('Gender', '性别')],
    ['education', 'demographic', n('Education', '学历')],
    ['occupation', 'demographic', n('Occupation', '职业')],
    ['maritalStatus', 'demographic', n('Family status', '婚姻状况')],
    ['country', 'geographic', n('Country', '国家')],
    ['province', 'geographic', n('Province', '省份')],
    ['city', 'geographic', n('City', '城市')],
  ];
  const income = field(table, roles.income);
  if (income && income.kind === 'number') {
    const rules = tertileRules(income, 'income', [
      n('Low income', '低收入'),
      n('Middle income', '中等收入'),
      n('High income', '高收入'),
    ]);
    if (rules.length) out.push({ key: 'income', group: 'demographic', name: n('Income', '收入'), rules });
  }
  for (const [role, group, name] of categories) {
    const f = field(table, roles[role]);
    if (f && f.kind === 'category') out.push({ key: role, group, name, rules: valueRules(f, role) });
  }
  return out;
}

/** One template per survey column of lifestyle, values, interests or motives (by header). */
function psychographicTemplates(table: CustomerTable): RuleTemplate[] {
  const out: RuleTemplate[] = [];
  for (const f of table.fields) {
    if (f.kind === 'category' && PSYCHOGRAPHIC.test(f.name))
      out.push({
        key: `psycho_${f.name}`,
        group: 'psychographic',
        name: n(f.name, f.name),
        rules: valueRules(f, 'psycho'),
      });
  }
  return out;
}

/** Purchase frequency bands and loyalty (tenure, frequency, recency), from the purchase features. */
function behaviouralTemplates(table: CustomerTable): RuleTemplate[] {
  const out: RuleTemplate[] = [];
  const frequency = field(table, 'frequency');
  if (frequency && frequency.kind === 'number') {
    out.push({
      key: 'purchase_frequency',
      group: 'behavioural',
      name: n('Purchase frequency', '购买频次'),
      rules: bandRules('frequency', [1, 2, 4, 10, Number.POSITIVE_INFINITY], 'frequency').map((r, i) => ({
        ...r,
        name: [
          n('One purchase', '仅购买一次'),
          n('2–3 purchases', '购买 2–3 次'),
          n('4–9 purchases', '购买 4–9 次'),
          n('10+ purchases', '购买 10 次以上'),
        ][i],
      })),
    });
  }
  const tenure = field(table, 'tenure');
  const recency = field(table, 'recency');
  if (frequency && tenure && recency && frequency.kind === 'number') {
    out.push({
      key: 'loyalty',
      group: 'behavioural',
      name: n('Loyalty', '忠诚度'),
      rules: [
        {
          key: 'loyal',
          name: n('Loyal (a year or more, 3+ orders, active)', '忠诚（一年以上、3 单以上、仍活跃）'),
          when: {
            all: [
              { field: 'tenure', op: 'range', min: 365, max: null },
              { field: 'frequency', op: 'range', min: 3, max: null },
              { field: 'recency', op: 'range', min: null, max: 180 },
            ],
          },
        },
        {
          key: 'new',
          name: n('New (first order within 90 days)', '新客（90 天内首单）'),
          when: { all: [{ field: 'tenure', op: 'range', min: null, max: 90 }] },
        },
        {
          key: 'lapsed',
          name: n('Lapsed (no order for a year)', '流失（一年未下单）'),
          when: { all: [{ field: 'recency', op: 'range', min: 365, max: null }] },
        },
      ],
    });
  }
  return out;
}

/** Pareto-style value tiers of spend. */
function valueTemplates(table: CustomerTable, roles: RoleMapping): RuleTemplate[] {
  const out: RuleTemplate[] = [];
  const spend = field(table, 'monetary') ?? field(table, roles.revenue);
  if (spend && spend.kind === 'number') {
    const sorted = Float64Array.from(spend.values.filter((v) => v === v)).sort();
    if (sorted.length >= 3) {
      // Pareto-style value tiers: the top 20 % of spenders, the next 30 %, the rest.
      const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
      const edges = [sorted[0], at(0.5), at(0.8), Number.POSITIVE_INFINITY];
      if (edges[1] > edges[0] && edges[2] > edges[1]) {
        const names = [n('Low value', '低价值'), n('Medium value', '中价值'), n('High value', '高价值')];
        const keys = ['low_value', 'medium_value', 'high_value'];
        const tiers = bandRules(spend.name, edges, 'value').map((r, i) => ({ ...r, key: keys[i], name: names[i] }));
        out.push({ key: 'value_tiers', group: 'value', name: n('Customer value', '客户价值'), rules: tiers.reverse() });
      }
    }
  }
  return out;
}

/**
 * The templates this data can carry: each offers itself only when its columns (by role, or by
 * header for survey columns) or features are there.
 */
export function ruleTemplates(table: CustomerTable, roles: RoleMapping): RuleTemplate[] {
  return [
    ...demographicTemplates(table, roles),
    ...psychographicTemplates(table),
    ...behaviouralTemplates(table),
    ...valueTemplates(table, roles),
  ];
}
