import { FINDING_THRESHOLDS as T } from './finding-thresholds';
import { createTranslate } from './i18n';
import type { Language } from './schemas';

/**
 * How the Overview's findings are found, in a language: a heading and one paragraph per rule with
 * its threshold, for the report's method section and the page's "how these are found" note.
 */
export function findingsMethod(lang: Language): { heading: string; lines: string[] } {
  const t = createTranslate(lang);
  const pct = (n: number) => new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(n);
  const m = (key: string, params: Record<string, string | number> = {}) => t(`findings.method.${key}`, params);
  return {
    heading: m('heading'),
    lines: [
      m('intro', { shown: T.shown }),
      m('slippingRegulars', {
        orders: T.regularOrders,
        year: T.yearDays,
        gap: T.regularGap,
        days: T.slippingDays,
        customers: T.slippingCustomers,
      }),
      m('concentration', { top: pct(T.concentrationTop), customers: T.concentrationCustomers }),
      m('firstRepeat', { days: T.repeatDays, buyers: T.repeatBuyers }),
      m('cohortWorse', {
        size: T.cohortSize,
        count: T.cohortCount,
        month: T.cohortMonth,
        points: Math.round(T.cohortPoints * 100),
        z: T.cohortZ,
      }),
      m('newCustomersTrend', { months: T.trendMonths, customers: T.trendCustomers, steady: pct(T.steadyChange) }),
      m('returningRevenue', { customers: T.returningCustomers }),
      m('months', { months: T.months }),
      m('firstMonth'),
    ],
  };
}
