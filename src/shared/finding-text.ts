import { createTranslate } from './i18n';
import { moneyFormat } from './money-format';
import type { Finding, FindingValue } from './overview';
import type { Language } from './schemas';

/** A finding as people read it: what (with its numbers), why it matters, and the next step's button (null: none). */
export interface FindingText {
  title: string;
  why: string;
  action: string | null;
}

const monthDate = (month: string) => new Date(`${month}-01T00:00:00Z`);

/**
 * A finding's value as people read it: counts whole with separators, shares as whole percent,
 * money in the dataset's currency without cents (in Chinese with 万 from 10万 up), points as
 * "pp" / "个百分点", days, a month by name, a multiple.
 */
export function formatFindingValue(v: FindingValue, lang: Language, currency: string): string {
  if (v.kind === 'month') {
    return new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(
      monthDate(String(v.value)),
    );
  }
  const n = Number(v.value);
  const zh = lang === 'zh-CN';
  switch (v.kind) {
    case 'pct':
      return new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(n);
    case 'money': {
      const big = zh && Math.abs(n) >= 100_000;
      return moneyFormat(lang, currency, {
        minimumFractionDigits: 0,
        maximumFractionDigits: big ? 1 : 0,
        ...(big ? { notation: 'compact' } : {}),
      }).format(n);
    }
    case 'points': {
      const points = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }).format(Math.abs(n * 100));
      return zh ? `${points} 个百分点` : `${points} pp`;
    }
    case 'days':
      return zh ? `${n} 天` : `${n} days`;
    case 'times':
      return `${new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(n)}×`;
    default:
      return new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }).format(n);
  }
}

/** "Sep–Nov 2011", "Dec 2010–Feb 2011", "2011年9月至11月": the months from one to another. */
function monthRange(from: string, until: string, lang: Language): string {
  const [a, b] = [monthDate(from), monthDate(until)];
  const sameYear = a.getUTCFullYear() === b.getUTCFullYear();
  if (lang === 'zh-CN')
    return `${a.getUTCFullYear()}年${a.getUTCMonth() + 1}月至${sameYear ? '' : `${b.getUTCFullYear()}年`}${b.getUTCMonth() + 1}月`;
  const month = (d: Date, year: boolean) =>
    new Intl.DateTimeFormat(lang, { month: 'short', ...(year ? { year: 'numeric' } : {}), timeZone: 'UTC' }).format(d);
  return `${month(a, !sameYear)}–${month(b, true)}`;
}

/** Which title a finding takes: with the figure before when it has one; the direction of a trend. */
function titleKey(f: Finding): string {
  if (f.key === 'newCustomersTrend')
    return f.tone === 'good' ? 'titleUp' : f.tone === 'bad' ? 'titleDown' : 'titleSteady';
  return 'previous' in f.values ? 'titleCompared' : 'title';
}

/** The button's words: the finding's own for a rules run, else by the step. */
function actionKey(f: Finding): string | null {
  if (!f.action) return null;
  if (f.action.kind === 'rules') return f.key === 'slippingRegulars' ? 'seeThem' : 'seeCohort';
  return f.action.kind === 'rfm' ? 'rfm' : f.action.playbook;
}

/**
 * A finding's words in a language, from its typed values (money in `currency`): the one source of
 * these texts for the Overview page, the report and the CLI.
 */
export function findingText(finding: Finding, lang: Language, currency: string): FindingText {
  const t = createTranslate(lang);
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(finding.values)) {
    // Changes and differences are said with their direction in words: "up 18 %", "32 % below".
    const unsigned = value.kind === 'pct' && (name === 'change' || name === 'difference');
    params[name] = formatFindingValue(
      unsigned ? { ...value, value: Math.abs(Number(value.value)) } : value,
      lang,
      currency,
    );
  }
  const { from, until } = finding.values;
  if (from && until) params.months = monthRange(String(from.value), String(until.value), lang);
  const action = actionKey(finding);
  return {
    title: t(`findings.${finding.key}.${titleKey(finding)}`, params),
    why: t(`findings.${finding.key}.why`, params),
    action: action ? t(`findings.action.${action}`) : null,
  };
}
