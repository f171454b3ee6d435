import type { DatasetInfo } from '../../../../shared/schemas';
import type { ModelSpec, RuleGroup } from '../../../../shared/segments';
import { partsOf } from '../rule-builder/rules-reducer';

/** Why a run cannot be written as SQL (its text is `sqlExport.why_<reason>`), and the field at fault for rules. */
export interface SqlRefusal {
  reason: 'cluster' | 'clv' | 'orders' | 'model' | 'customers' | 'calculated' | 'linked';
  field?: string;
}

const MODEL_REASONS: Readonly<Record<string, SqlRefusal['reason']>> = {
  kmeans: 'cluster',
  kprototypes: 'cluster',
  clv: 'clv',
  orders: 'orders',
};

/** Every field a rule group tests, in the order the rules name them. */
function testedFields(group: RuleGroup, into: Set<string>): Set<string> {
  for (const part of partsOf(group)) {
    if ('field' in part) into.add(part.field);
    else testedFields(part, into);
  }
  return into;
}

/**
 * Whether a run can be written as one SQL query over the client's transactions table, as the
 * export refuses it (E_SQL_NOT_SUPPORTED): RFM and rules runs only, of a transactions dataset (or
 * one summarised per customer from an order file), with rules on what the order file holds — not
 * a calculated column, not a column of the linked customers dataset (which wins where both have
 * one of a name). `spec` (a rules run's) is
 * checked when known; null: it can.
 */
export function sqlRefusal(input: {
  model: string;
  dataset: DatasetInfo;
  linked?: DatasetInfo;
  spec?: ModelSpec;
}): SqlRefusal | null {
  const { model, dataset, linked, spec } = input;
  if (model !== 'rfm' && model !== 'rules') return { reason: MODEL_REASONS[model] ?? 'model' };
  if (dataset.kind !== 'transactions' && !dataset.source.summarised) return { reason: 'customers' };
  if (spec?.model !== 'rules') return null;
  const own = new Map(dataset.columns.map((c) => [c.name, c]));
  const fields = new Set<string>();
  for (const rule of spec.rules) testedFields(rule.when, fields);
  for (const field of fields) {
    // Where both have a column of the name, the run read the linked dataset's (as the customer table takes it).
    if (linked?.columns.some((c) => c.name === field)) return { reason: 'linked', field };
    if (own.get(field)?.calculated) return { reason: 'calculated', field };
  }
  return null;
}
