import { useTranslation } from 'react-i18next';
import { FIGURE_KINDS, figureChange } from '../../../../shared/figure-change';
import type { FigureKey, KeyFigure } from '../../../../shared/overview';
import { useFormat } from '../../hooks/useFormat';

/**
 * A key figure in words for people: its value rounded (counts whole, money in the currency's
 * decimals, rates as % with one decimal, averages with one), and its change against the period
 * before ("▲ 12.3% vs previous period"; points for a rate), or null when there is none.
 */
export function useFigureWords(currency: string) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const value = (key: FigureKey, v: number | null): string => {
    if (v === null) return '—';
    const kind = FIGURE_KINDS[key];
    if (kind === 'count') return fmt.int(v);
    if (kind === 'money') return fmt.money(v, currency);
    if (kind === 'rate') return fmt.pct(v);
    if (kind === 'days') return t('overview.days', { n: fmt.num(v) });
    return fmt.dec1(v);
  };
  const change = (figure: KeyFigure) => {
    const moved = figureChange(figure);
    if (!moved) return null;
    const size = Math.abs(moved.delta);
    const delta = moved.unit === 'points' ? t('overview.points', { n: fmt.dec1(size) }) : fmt.pct(size);
    const text =
      moved.direction === 'flat'
        ? t('overview.changeFlat')
        : t(moved.direction === 'up' ? 'overview.changeUp' : 'overview.changeDown', { delta });
    return { text, good: moved.good };
  };
  return { value, change };
}
