import type { RuleFieldInfo } from '../../../../shared/segments';

/** Fields as a select's options: the label in the UI language with the column name after it, or the name alone when it has no label. */
export function fieldOptions(
  fields: readonly RuleFieldInfo[],
  fieldLabel: (name: string) => string,
): { value: string; label: string }[] {
  return fields.map((f) => {
    const label = fieldLabel(f.name);
    return { value: f.name, label: label === f.name ? f.name : `${label} (${f.name})` };
  });
}
