import { OTHERS, type OrdersSpec, type RulesSpec } from '../../../shared/segments';
import { describeRule } from './describe-rule';
import type { ReportInput, ReportText } from './report-input';
import type { MethodPart } from './method-part';

/** The user's rules in words, in order, and Others last. */
export function rulesMethod(input: ReportInput, spec: RulesSpec | OrdersSpec, x: ReportText): MethodPart {
  const { t, esc, lang } = x;
  const lead = t('report.methodRules');
  const items = spec.rules.map(
    (r) =>
      `<li><b>${esc(spec.names?.[r.key]?.[lang] ?? r.name[lang])}</b>: ${esc(describeRule(r.when, t, lang, new Set(input.dateFields)))}</li>`,
  );
  items.push(
    `<li><b>${esc(spec.names?.[OTHERS.key]?.[lang] ?? OTHERS.name[lang])}</b>: ${esc(t('report.othersRule'))}</li>`,
  );
  const detail = `<h3>${esc(t('report.rules'))}</h3><ol class="rules">${items.join('')}</ol>`;
  return { lead, params: [], detail };
}
