import type { FigureKey, KeyFigure, Overview } from '../../../shared/overview';
import type { ReportText } from './report-input';

const MONEY: ReadonlySet<FigureKey> = new Set(['revenue', 'aov', 'returningRevenue']);

/** A key figure's value rounded for people: counts whole, money in the currency, the rate as %, the rest to two decimals. */
export function figureValue(key: FigureKey, value: number | null, x: ReportText): string {
  if (value === null) return '—';
  if (MONEY.has(key)) return x.money(value);
  if (key === 'repeatRate') return x.pct(value);
  if (key === 'ordersPerCustomer' || key === 'medianDaysBetween') return x.num(value);
  return x.int(value);
}

/**
 * A key figure's change against the period before: in percentage points for the repeat rate,
 * else as a share of the figure before ("+12.3%"); "—" when there is nothing to compare with
 * (no period before, or a figure before of zero).
 */
export function figureChange(figure: KeyFigure, x: ReportText): string {
  const { key, value, previous } = figure;
  if (value === null || previous === null) return '—';
  if (key === 'repeatRate') {
    const points = new Intl.NumberFormat(x.lang, {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
      signDisplay: 'exceptZero',
    });
    return x.t('overviewReport.points', { n: points.format((value - previous) * 100) });
  }
  if (previous === 0) return '—';
  const change = new Intl.NumberFormat(x.lang, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
  return change.format((value - previous) / previous);
}

/** The key figures as a table: each figure this period, the period before and the change (the last two only when there is a period before). */
export function figuresTable(overview: Overview, x: ReportText): string {
  const { t, esc } = x;
  const before = overview.previous !== null;
  // Over the whole history every customer is new: revenue from returning customers is nought by definition, left out.
  const fromStart = overview.period.from === overview.data.from;
  const figures = overview.figures.filter(
    (f) => (overview.hasCustomers || f.value !== null) && !(fromStart && f.key === 'returningRevenue'),
  );
  const head = [t('overviewReport.figure'), t('overviewReport.thisPeriod')];
  if (before) head.push(t('overviewReport.previous'), t('overviewReport.change'));
  const rows = figures.map((f) => {
    const cells = [figureValue(f.key, f.value, x)];
    if (before) cells.push(figureValue(f.key, f.previous, x), figureChange(f, x));
    return `<tr><td>${esc(t(`overviewReport.fig.${f.key}`))}</td>${cells.map((c) => `<td class="num">${esc(c)}</td>`).join('')}</tr>`;
  });
  return `<table class="figures${before ? '' : ' single'}"><thead><tr>${head.map((h, i) => `<th${i ? ' class="num"' : ''}>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/** A figure's value by key (null when the Overview has none). */
export const figureOf = (overview: Overview, key: FigureKey) =>
  overview.figures.find((f) => f.key === key)?.value ?? null;
