import { bandName, type BandWords } from '../../../shared/band-name';
import { AppError } from '../../../shared/errors';
import { OTHERS, type RuleCondition, type RuleGroup, type SegmentRule } from '../../../shared/segments';
import type { CustomerField, CustomerTable } from '../features/customer-table';
import type { Segmentation } from './rfm';
import { quantile7, sortedCopy } from './order-stats';
import { mapUint8 } from '../table/map-typed';

function fieldOf(table: CustomerTable, name: string): CustomerField {
  const field = table.fields.find((f) => f.name === name);
  if (!field)
    throw new AppError('E_BAD_SPEC', `There is no customer field "${name}".`, {
      field: name,
      fields: table.fields.map((f) => f.name),
    });
  return field;
}

/** 1 for each customer the condition holds for. */
function conditionMask(table: CustomerTable, condition: RuleCondition): Uint8Array {
  const n = table.ids.length;
  const mask = new Uint8Array(n);
  const field = fieldOf(table, condition.field);
  if (condition.op === 'missing') {
    for (let c = 0; c < n; c++)
      mask[c] = field.kind === 'category' ? (field.codes[c] < 0 ? 1 : 0) : field.values[c] !== field.values[c] ? 1 : 0;
    return mask;
  }
  if (condition.op === 'range') {
    if (field.kind === 'category')
      throw new AppError('E_BAD_SPEC', `"${field.name}" holds categories: test it with a set of values, not a range.`, {
        field: field.name,
      });
    const min = condition.min ?? -Infinity;
    const max = condition.max ?? Infinity;
    for (let c = 0; c < n; c++) {
      const v = field.values[c];
      mask[c] = v >= min && v < max ? 1 : 0;
    }
    return mask;
  }
  const wanted = new Set(condition.values);
  // 'in': one of the values; 'notIn': a value, none of them. A missing value is neither.
  const inside = condition.op === 'in' ? 1 : 0;
  if (field.kind === 'category') {
    const hit = mapUint8(field.labels, (label) => (wanted.has(label) ? inside : 1 - inside));
    for (let c = 0; c < n; c++) mask[c] = field.codes[c] >= 0 ? hit[field.codes[c]] : 0;
  } else {
    // A number field tested against listed values (e.g. number of children "0", "1").
    for (let c = 0; c < n; c++)
      mask[c] = field.values[c] === field.values[c] ? (wanted.has(String(field.values[c])) ? inside : 1 - inside) : 0;
  }
  return mask;
}

function groupMask(table: CustomerTable, group: RuleGroup): Uint8Array {
  const n = table.ids.length;
  const all = 'all' in group;
  const parts = all ? group.all : group.any;
  const mask = new Uint8Array(n).fill(all ? 1 : 0);
  for (const part of parts) {
    const m = 'op' in part ? conditionMask(table, part) : groupMask(table, part);
    for (let c = 0; c < n; c++) mask[c] = all ? mask[c] & m[c] : mask[c] | m[c];
  }
  return mask;
}

/** How many customers each rule takes (first match) and how many none does: the rule builder's live counts. */
export function ruleCounts(table: CustomerTable, rules: readonly SegmentRule[]): { counts: number[]; others: number } {
  const { segment } = applyRules(table, rules);
  const counts = Array.from({ length: rules.length }, () => 0);
  let others = 0;
  for (const s of segment) {
    if (s < rules.length) counts[s]++;
    else others++;
  }
  return { counts, others };
}

/** Segments by the user's rules, first match in order; customers no rule takes go to Others. */
export function applyRules(table: CustomerTable, rules: readonly SegmentRule[]): Segmentation {
  const n = table.ids.length;
  const segment = new Int32Array(n).fill(-1);
  rules.forEach((rule, s) => {
    const mask = groupMask(table, rule.when);
    for (let c = 0; c < n; c++) if (segment[c] < 0 && mask[c]) segment[c] = s;
  });
  let unmatched = 0;
  for (let c = 0; c < n; c++) {
    if (segment[c] < 0) {
      segment[c] = rules.length;
      unmatched++;
    }
  }
  const segments = rules.map(({ key, name }) => ({ key, name }));
  if (unmatched > 0) segments.push(OTHERS);
  return { segments, segment };
}

/** Edges for k bins of equal width between the least and greatest value (k + 1 edges; the last bin takes the greatest). */
export function equalWidthEdges(values: Float64Array, k: number): number[] {
  const finite = values.filter((v) => v === v);
  let min = Infinity;
  let max = -Infinity;
  for (const v of finite) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (finite.length === 0) return [];
  const width = (max - min) / k;
  return Array.from({ length: k + 1 }, (_, i) => (i === k ? Number.POSITIVE_INFINITY : min + i * width));
}

/** Edges at the quantiles 0, 1/k, … 1 (type 7) of the values, repeated edges dropped; the last bin is open above. */
export function quantileEdges(values: Float64Array, k: number): number[] {
  const sorted = sortedCopy(values.filter((v) => v === v));
  if (sorted.length === 0) return [];
  const edges = Array.from({ length: k }, (_, i) => quantile7(sorted, i / k));
  return [...edges.filter((e, i) => i === 0 || e > edges[i - 1]), Number.POSITIVE_INFINITY];
}

/**
 * Rules for bands between consecutive edges, [e_i, e_i+1), named for people by the field's label
 * (bandName): "Age 18–25" for whole numbers, "Spend £100 to under £500", an open last band
 * "Age 56 and more", a first band from the least value "Spend under £100".
 */
export function bandRules(
  field: string,
  edges: readonly number[],
  keyPrefix = field,
  words: BandWords = {},
): SegmentRule[] {
  const whole = words.whole ?? edges.every((e) => !Number.isFinite(e) || Number.isInteger(e));
  return edges.slice(0, -1).map((lo, i) => {
    const hi = edges[i + 1];
    return {
      key: `${keyPrefix}_${i + 1}`,
      name: bandName(field, lo, hi, i === 0, { ...words, whole }),
      when: { all: [{ field, op: 'range' as const, min: lo, max: Number.isFinite(hi) ? hi : null }] },
    };
  });
}
