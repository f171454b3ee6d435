import { FIGURE_KINDS, figureChange } from '../../shared/figure-change';
import { findingText } from '../../shared/finding-text';
import { createTranslate } from '../../shared/i18n';
import { moneyFormat } from '../../shared/money-format';
import type { FigureKey, KeyFigure, Overview } from '../../shared/overview';
import type { Language } from '../../shared/schemas';

/** A figure as people read it: money in the dataset's currency, rates in per cent, days, averages, counts. */
function valueText(key: FigureKey, value: number, overview: Overview, lang: Language): string {
  const kind = FIGURE_KINDS[key];
  if (kind === 'money') return moneyFormat(lang, overview.currency).format(value);
  if (kind === 'rate') return `${(value * 100).toFixed(1)} %`;
  if (kind === 'days') return createTranslate(lang)('overview.days', { n: value });
  if (kind === 'average') return value.toFixed(2);
  return new Intl.NumberFormat(lang).format(value);
}

/** The change against the period before (shared/figure-change): in points for the repeat rate, else in per cent. */
function changeText(f: KeyFigure, lang: Language): string {
  const change = figureChange(f);
  if (!change) return '';
  const size = Math.abs(change.unit === 'points' ? change.delta : change.delta * 100).toFixed(1);
  const sign = change.delta >= 0 ? '+' : '−';
  return change.unit === 'points'
    ? createTranslate(lang)('overview.points', { n: `${sign}${size}` })
    : `${sign}${size} %`;
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
      `  ${t(`overview.figures.${f.key}`)}\t${valueText(f.key, f.value, overview, lang)}${change ? `\t${change}` : ''}`,
    );
  }
  if (overview.findings.length > 0) lines.push(t('overviewCli.findingsHeading'));
  for (const f of overview.findings) {
    const text = findingText(f, lang, overview.currency);
    lines.push(`  - ${text.title}${text.action ? ` → ${text.action}` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}
