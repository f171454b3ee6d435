import type { ModelSpec, RuleGroup } from '../../../../shared/segments';
import type { CustomerTable } from '../../features/customer-table';
import type { ModelOutcome } from './segment-customers';

/** A per-customer column a run keeps, with its kind (as the members table marks it). */
export interface MemberField {
  name: string;
  values: Float64Array;
  kind: string;
}

/** A run's own per-customer values: for RFM the features and scores, for rules the fields its rules test. */
export function memberFields(spec: ModelSpec, table: CustomerTable, { rfm, clv }: ModelOutcome): MemberField[] {
  const numberField = (name: string) => {
    const f = table.fields.find((x) => x.name === name);
    return f && f.kind !== 'category'
      ? { name, values: f.values, kind: f.kind === 'date' ? 'datetime' : 'decimal' }
      : null;
  };
  if (rfm) {
    const scores = [
      { name: 'r', values: Float64Array.from(rfm.r.scores), kind: 'integer' },
      { name: 'f', values: Float64Array.from(rfm.f.scores), kind: 'integer' },
      { name: 'm', values: Float64Array.from(rfm.m.scores), kind: 'integer' },
    ];
    const features = [
      'recency',
      'frequency',
      'monetary',
      'transactions',
      'orders',
      'firstPurchase',
      'lastPurchase',
      'tenure',
      'aov',
      'gap',
    ].map(numberField);
    return [...features.slice(0, 3), ...scores, ...features.slice(3)].filter(
      (f): f is NonNullable<typeof f> => f !== null,
    );
  }
  if (clv) {
    // CLV: what the models expect of each customer, and the summary they learnt from.
    const { values, summary } = clv;
    const dayMs = 86_400_000;
    const own = [
      { name: 'pAlive', values: values.pAlive, kind: 'decimal' },
      { name: 'expectedPurchases', values: values.expectedPurchases, kind: 'decimal' },
      { name: 'expectedValue', values: values.expectedSpend, kind: 'decimal' },
      { name: 'clv', values: values.clv, kind: 'decimal' },
      {
        name: 'nextPurchaseBy',
        values: values.nextPurchaseDays.map((d) => (summary.calibrationEnd + d) * dayMs),
        kind: 'date',
      },
      { name: 'churnRisk', values: Float64Array.from(clv.churnRisk), kind: 'integer' },
      { name: 'repeatPurchases', values: summary.frequency, kind: 'integer' },
    ];
    if (summary.holdoutEnd !== null)
      own.push({ name: 'holdoutPurchases', values: summary.holdoutFrequency, kind: 'integer' });
    return [
      ...own,
      ...['recency', 'frequency', 'monetary'].map(numberField).filter((f): f is NonNullable<typeof f> => f !== null),
    ];
  }
  const used = new Set<string>();
  const visit = (g: RuleGroup): void =>
    ('all' in g ? g.all : g.any).forEach((part) => ('op' in part ? used.add(part.field) : visit(part)));
  if (spec.model === 'rules') spec.rules.forEach((r) => visit(r.when));
  else if (spec.model === 'kmeans' || spec.model === 'kprototypes') spec.features.forEach((f) => used.add(f.field));
  return [...used].map(numberField).filter((f): f is NonNullable<typeof f> => f !== null);
}
