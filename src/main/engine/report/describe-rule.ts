import type { Translate } from '../../../shared/i18n';
import type { Language } from '../../../shared/schemas';
import { FEATURE_NAMES, type RuleCondition, type RuleGroup } from '../../../shared/segments';

/** A rule's range bound as text: a date field's bound (UTC ms) as a calendar day, a number with separators. */
function bound(value: number, lang: Language, isDate: boolean): string {
  if (isDate) return new Date(value).toISOString().slice(0, 10);
  return new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(value);
}

function condition(c: RuleCondition, t: Translate, lang: Language, dateFields: ReadonlySet<string>): string {
  const field = FEATURE_NAMES[c.field]?.[lang] ?? c.field;
  const at = (v: number) => bound(v, lang, dateFields.has(c.field));
  if (c.op === 'missing') return t('report.isMissing', { field });
  if (c.op === 'in' || c.op === 'notIn')
    return t(c.op === 'in' ? 'report.oneOf' : 'report.noneOf', {
      field,
      values: c.values.map((v) => `“${v}”`).join(lang === 'zh-CN' ? '、' : ', '),
    });
  if (c.min !== null && c.max !== null) return t('report.inRange', { field, min: at(c.min), max: at(c.max) });
  if (c.min !== null) return t('report.atLeast', { field, min: at(c.min) });
  if (c.max !== null) return t('report.below', { field, max: at(c.max) });
  return t('report.always');
}

/**
 * A rule group as one readable sentence: "age from 18 to below 26 and city is one of “北京”";
 * nested groups in brackets; bounds of the `dateFields` as calendar days.
 */
export function describeRule(
  group: RuleGroup,
  t: Translate,
  lang: Language,
  dateFields: ReadonlySet<string>,
  nested = false,
): string {
  const parts = 'all' in group ? group.all : group.any;
  if (parts.length === 0) return t('report.always');
  const joiner = ` ${t('all' in group ? 'report.and' : 'report.or')} `;
  const text = parts
    .map((p) => ('op' in p ? condition(p, t, lang, dateFields) : describeRule(p, t, lang, dateFields, true)))
    .join(joiner);
  return nested && parts.length > 1 ? `(${text})` : text;
}
