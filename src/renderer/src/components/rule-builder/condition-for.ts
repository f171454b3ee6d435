import type { RuleCondition, RuleFieldInfo } from '../../../../shared/segments';

/**
 * A fresh condition on `field` with operator `op` (by default: a set of values for a category,
 * a range from the field's least value up for a number or a date).
 */
export function conditionFor(
  field: RuleFieldInfo,
  op: RuleCondition['op'] = field.kind === 'category' ? 'in' : 'range',
): RuleCondition {
  if (op === 'missing') return { field: field.name, op };
  if (op === 'in' || op === 'notIn') return { field: field.name, op, values: [] };
  return { field: field.name, op, min: field.min, max: null };
}
