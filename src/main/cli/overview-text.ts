import { findingText } from '../../shared/finding-text';
import { createTranslate } from '../../shared/i18n';
import { moneyFormat } from '../../shared/money-format';
import type { FigureKey, KeyFigure, Overview } from '../../shared/overview';
import type { Language } from '../../shared/schemas';

const MONEY = new Set<FigureKey>(['revenue', 'aov', 'returningRevenue']);

/** A figure as people read it: money in the dataset's currency, shares in per cent, days, counts. */
function valueText(key: FigureKey, value: number, overview: Overview, lang: Language): string {
  const t = createTranslate(lang);
  if (MONEY.has(key)) return moneyFormat(lang, overview.currency).format(value);
  if (key === 'repeatRate') return `${(value * 100).toFixed(1)} %`;
  if (key === 'medianDaysBetween') return t('overviewCli.days', { n: value });
  if (key === 'ordersPerCustomer') return value.toFixed(2);
  return new Intl.NumberFormat(lang).format(value);
}

/** The change against the period before: in points for the repeat rate, else in per cent. */
function changeText(f: KeyFigure, lang: Language): string {
  if (f.value === null || f.previous === null) return '';
  if (f.key === 'repeatRate') {
    const points = (f.value - f.previous) * 100;
    return `${points >= 0 ? '+' : '−'}${Math.abs(points).toFixed(1)} ${createTranslate(lang)('overviewCli.points')}`;
  }
  if (f.previous === 0) return '';
  const change = (f.value / f.previous - 1) * 100;
  return `${change >= 0 ? '+' : '−'}${Math.abs(change).toFixed(1)} %`;
}

/** The Overview as `segmentdesk overview` prints it without --json: the period, the key figures with their change, the findings' titles and next steps. */
export function overviewText(overview: Overview, name: string, lang: Language): string {
  const t = createTranslate(lang);
  const lines = [t('overviewCli.heading', { name, ...overview.period })];
  lines.push(overview.previous ? t('overviewCli.compared', overview.previous) : t('overviewCli.noPrevious'));
  if (!overview.hasCustomers) lines.push(t('overviewCli.noCustomers'));
  for (const f of overview.figures) {
    if (f.value === null) continue;
    const change = changeText(f, lang);
    lines.push(
      `  ${t(`overviewCli.figure.${f.key}`)}\t${valueText(f.key, f.value, overview, lang)}${change ? `\t${change}` : ''}`,
    );
  }
  if (overview.findings.length > 0) lines.push(t('overviewCli.findingsHeading'));
  for (const f of overview.findings) {
    const text = findingText(f, lang, overview.currency);
    lines.push(`  - ${text.title}${text.action ? ` → ${text.action}` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}
