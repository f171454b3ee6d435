import { FIGURE_KINDS, figureChange } from '../../../shared/figure-change';
import type { FigureKey, KeyFigure, Overview } from '../../../shared/overview';
import type { ReportText } from './report-input';

/** A key figure's value rounded for people: counts whole, money in the currency, the rate as %, the rest to two decimals. */
export function figureValue(key: FigureKey, value: number | null, x: ReportText): string {
  if (value === null) return '—';
  const kind = FIGURE_KINDS[key];
  if (kind === 'money') return x.money(value);
  if (kind === 'rate') return x.pct(value);
  if (kind === 'count') return x.int(value);
  return x.num(value);
}

/**
 * A key figure's change against the period before (shared/figure-change): in percentage points
 * for the repeat rate, else as a share of the figure before ("+12.3%"); "—" when there is
 * nothing to compare with (no period before, or a figure before of zero).
 */
export function figureChangeText(figure: KeyFigure, x: ReportText): string {
  const change = figureChange(figure);
  if (!change) return '—';
  const format = new Intl.NumberFormat(x.lang, {
    ...(change.unit === 'relative' ? { style: 'percent' as const } : {}),
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
  return change.unit === 'points'
    ? x.t('overview.points', { n: format.format(change.delta) })
    : format.format(change.delta);
}

/** The key figures as a table: each figure this period, the period before and the change (the last two only when there is a period before). */
export function figuresTable(overview: Overview, x: ReportText): string {
  const { t, esc } = x;
  const before = overview.previous !== null;
  const figures = overview.figures.filter((f) => overview.hasCustomers || f.value !== null);
  const head = [t('overviewReport.figure'), t('overviewReport.thisPeriod')];
  if (before) head.push(t('overviewReport.previous'), t('overviewReport.change'));
  const rows = figures.map((f) => {
    const cells = [figureValue(f.key, f.value, x)];
    if (before) cells.push(figureValue(f.key, f.previous, x), figureChangeText(f, x));
    return `<tr><td>${esc(t(`overview.figures.${f.key}`))}</td>${cells.map((c) => `<td class="num">${esc(c)}</td>`).join('')}</tr>`;
  });
  return `<table class="figures${before ? '' : ' single'}"><thead><tr>${head.map((h, i) => `<th${i ? ' class="num"' : ''}>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/** A figure's value by key (null when the Overview has none). */
export const figureOf = (overview: Overview, key: FigureKey) =>
  overview.figures.find((f) => f.key === key)?.value ?? null;
