import { AppError } from '../../../shared/errors';
import type { BandsRequest, RuleFieldInfo, RuleTemplateInfo, SegmentRule } from '../../../shared/segments';
import { bandRules, equalWidthEdges, quantileEdges, ruleCounts } from '../../engine/models/rules';
import { ruleTemplates } from '../../engine/models/templates';
import type { CustomerField } from '../../engine/features/customer-table';
import type { PerCustomerColumn } from '../../engine/features/per-customer-columns';
import { orderTemplates } from '../../engine/orders/order-templates';
import { loadDataset } from '../dataset-cache';
import { loadCustomerData } from './customer-data';
import { loadOrderData } from './order-data';
import { isOrdersOnly } from '../../../shared/order-facts';
import type { JobContext } from '../protocol';

export interface RuleFieldsInput {
  workspacePath: string;
  datasetId: number;
  analysisDate?: string;
  now: number;
}

/** The dataset's customers as the rule builder sees them: purchases counted as orders, up to the analysis day. */
const customerRuleData = (input: RuleFieldsInput, ctx: JobContext) =>
  loadCustomerData(
    input.workspacePath,
    input.datasetId,
    { analysisDate: input.analysisDate, frequency: 'orders' },
    input.now,
    ctx,
  );

/** A dataset of orders alone: its orders and order fields (order segments); else its customers. */
function ruleData(input: RuleFieldsInput, ctx: JobContext) {
  const { info } = loadDataset(input.workspacePath, input.datasetId, ctx.config);
  if (!isOrdersOnly(info)) return customerRuleData(input, ctx);
  const { orders } = loadOrderData(input.workspacePath, input.datasetId, ctx);
  return { info, table: orders.table, perCustomer: [] as PerCustomerColumn[] };
}

/** What the rule builder offers for a dataset: its customer fields (with their values or range) and the templates it can carry. */
export async function ruleFields(
  input: RuleFieldsInput,
  ctx: JobContext,
): Promise<{ customers: number; fields: RuleFieldInfo[]; templates: RuleTemplateInfo[] }> {
  const { info, table, perCustomer } = ruleData(input, ctx);
  const fields = table.fields.map((f) =>
    fieldInfo(
      f,
      perCustomer.find((c) => c.name === f.name),
    ),
  );
  const templates = (isOrdersOnly(info) ? orderTemplates(table, info.currency) : ruleTemplates(table, info.roles)).map(
    ({ key, group, name, rules }) => ({
      key,
      group,
      name,
      rules,
    }),
  );
  return { customers: table.ids.length, fields, templates };
}

/** A customer field as the builders offer it: its values (categories) or range, and where an order file's column comes from. */
function fieldInfo(f: CustomerField, perCustomer: PerCustomerColumn | undefined): RuleFieldInfo {
  const firstOrder = perCustomer ? { firstOrder: { several: perCustomer.several } } : {};
  if (f.kind === 'category') {
    const counts = new Int32Array(f.labels.length);
    for (const c of f.codes) if (c >= 0) counts[c]++;
    const values = f.labels
      .map((label, e) => ({ value: label, customers: counts[e] }))
      .filter((v) => v.customers > 0)
      .sort((a, b) => b.customers - a.customers)
      .slice(0, 200);
    return { name: f.name, kind: 'category', values, min: null, max: null, ...firstOrder };
  }
  let min = Infinity;
  let max = -Infinity;
  for (const v of f.values) {
    if (v !== v) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return {
    name: f.name,
    kind: f.kind,
    values: [],
    min: Number.isFinite(min) ? min : null,
    max: Number.isFinite(max) ? max : null,
    ...firstOrder,
  };
}

export interface RuleCountsInput extends RuleFieldsInput {
  rules: SegmentRule[];
}

/** The rule builder's live counts: customers each rule takes (first match) and those none does. */
export async function liveRuleCounts(
  input: RuleCountsInput,
  ctx: JobContext,
): Promise<{ counts: number[]; others: number }> {
  const { table } = ruleData(input, ctx);
  return ruleCounts(table, input.rules);
}

export interface RuleBandsInput extends RuleFieldsInput {
  bands: BandsRequest;
}

/** Customer features that are money. */
const MONEY_FIELDS = new Set(['monetary', 'aov', 'orderValue']);

/** The binning helper: one rule per band of a number field, cut at equal widths, at quantiles, or at the user's edges. */
export async function ruleBands(input: RuleBandsInput, ctx: JobContext): Promise<{ rules: SegmentRule[] }> {
  const { info, table } = ruleData(input, ctx);
  const { field: name, method, bins, edges } = input.bands;
  const field = table.fields.find((f) => f.name === name);
  if (!field) throw new AppError('E_BAD_SPEC', `There is no customer field "${name}".`, { field: name });
  if (field.kind !== 'number')
    throw new AppError('E_BAD_SPEC', `"${name}" is not a number field: bands need numbers.`, { field: name });
  const cuts =
    method === 'width'
      ? equalWidthEdges(field.values, bins)
      : method === 'quantile'
        ? quantileEdges(field.values, bins)
        : [...edges!, Number.POSITIVE_INFINITY];
  if (cuts.length < 2) throw new AppError('E_NO_VALUES', `"${name}" has no values to cut into bands.`, { field: name });
  // Money reads in the dataset's currency; a first band with no customer below it reads "under …".
  const money = MONEY_FIELDS.has(name) || name === info.roles.amount || name === info.roles.revenue;
  let whole = true;
  let least = Number.POSITIVE_INFINITY;
  for (const v of field.values) {
    if (v !== v) continue;
    if (!Number.isInteger(v)) whole = false;
    if (v < least) least = v;
  }
  const words = { currency: money ? info.currency : null, whole, openBelow: cuts[0] <= least };
  return { rules: bandRules(name, cuts, name, words) };
}
