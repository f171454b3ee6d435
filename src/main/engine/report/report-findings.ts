import { playbookFor } from '../../../shared/playbook';
import type { SegmentSummary } from '../../../shared/segments';
import { findingLines } from './overview-finding-lines';
import type { ReportInput, ReportText } from './report-input';
import { productsFinding } from './products-finding';

/** Segments of customers who used to buy well and are slipping away (RFM, RFM 8 classes, CLV; a rule named so). */
const AT_RISK = new Set(['cant_lose', 'at_risk', 'important_keep', 'important_retain']);
export const isAtRisk = (key: string) => AT_RISK.has(key) || /risk/i.test(key);

/** The segment bringing the most revenue, when there is revenue. */
function topByRevenue(segments: SegmentSummary[]): SegmentSummary | null {
  const earning = segments.filter((s) => s.revenueShare !== null && s.revenue !== null && s.revenue > 0);
  return earning.length ? earning.reduce((a, b) => (b.revenue! > a.revenue! ? b : a)) : null;
}

/**
 * A CLV run's churn-risk list as a finding: how many valuable customers may be slipping away and
 * what they spent. Null for other runs, a run stored before the list's revenue was kept, or an empty list.
 */
function churnFinding(input: ReportInput, x: ReportText): string | null {
  const clv = input.result.clv;
  const money = clv?.churn.pastRevenue;
  if (!clv || clv.churn.customers === 0 || money === undefined) return null;
  return x.t('clvReport.findingChurn', {
    customers: x.int(clv.churn.customers),
    share: x.pct(clv.churn.customers / clv.customers),
    alive: x.share(clv.churn.alive),
    money: x.money(money),
  });
}

/** At most this many of the Overview's findings go into the executive summary (the Overview's pages list them all). */
const SUMMARY_OVERVIEW_FINDINGS = 3;

/**
 * The findings about the business as a whole: the Overview's first findings (titles, from the
 * findings' shared text, the same the Overview's pages and the app show), or without an Overview
 * (a dataset of customers) how concentrated revenue is among the run's customers.
 */
function businessFindings(input: ReportInput, x: ReportText): string[] {
  const { concentration, overview } = input;
  if (overview)
    return findingLines(overview, x)
      .slice(0, SUMMARY_OVERVIEW_FINDINGS)
      .map((l) => l.title);
  if (!concentration) return [];
  return [
    x.t('report.findingConcentration', {
      top: x.share(concentration.top),
      customers: x.int(concentration.customers),
      share: x.pct(concentration.share),
    }),
  ];
}

/**
 * The executive summary's findings, in plain words and the report's language, computed from the
 * run and its Overview: the segment bringing the most revenue, the business's findings (the
 * Overview's first three, else how concentrated revenue is), the customers at risk and what they
 * were worth, and the first actions (for the most valuable segment at risk, then for the top
 * segment). Fewer where the run cannot say (no revenue, no segment at risk, nothing stands out).
 */
export function reportFindings(input: ReportInput, x: ReportText): string[] {
  const { t, lang } = x;
  const { result } = input;
  const segments = result.segments.filter((s) => s.customers > 0);
  const revenue = result.overall.revenue ?? 0;
  const out: string[] = [];
  const top = topByRevenue(segments);
  if (top)
    out.push(
      t('report.findingTop', {
        name: top.name[lang],
        customers: x.pct(top.share),
        revenue: x.pct(top.revenueShare!),
        money: x.money(top.revenue),
      }),
    );
  const buys = productsFinding(input, x, top);
  if (buys) out.push(buys);
  out.push(...businessFindings(input, x));
  const risk = segments.filter((s) => isAtRisk(s.key));
  // A CLV run says its churn-risk list (valuable customers by past or predicted value) instead of its segments at risk.
  const churn = churnFinding(input, x);
  if (churn) out.push(churn);
  else if (risk.length) {
    const customers = risk.reduce((n, s) => n + s.customers, 0);
    const worth = risk.reduce((n, s) => n + (s.revenue ?? 0), 0);
    out.push(
      t('report.findingRisk', {
        customers: x.int(customers),
        share: x.pct(customers / result.customers),
        names: risk.map((s) => s.name[lang]).join(lang === 'zh-CN' ? '、' : ', '),
        money: x.money(worth),
        revenue: revenue > 0 ? x.pct(worth / revenue) : '—',
      }),
    );
  }
  // Whom to act on first: a CLV run's churn-risk list, else the most valuable segment at risk; then the top segment.
  const targets = churn ? [{ name: t('clvReport.churnName'), key: 'churn_risk' }] : [];
  for (const s of [churn ? null : topByRevenue(risk), top])
    if (s && !targets.some((g) => g.key === s.key)) targets.push({ name: s.name[lang], key: s.key });
  const first = targets
    .map(({ name, key }) => ({ name, action: playbookFor(key)[0] }))
    .filter(({ action }) => action !== undefined)
    // In English the action goes on a sentence ("for Champions, reward them: …").
    .map(({ name, action }) => {
      const text = lang === 'en' ? action.en.charAt(0).toLowerCase() + action.en.slice(1) : action[lang];
      return t('report.findingAction', { name, action: text });
    });
  if (first.length) out.push(t('report.findingActions', { actions: first.join(lang === 'zh-CN' ? '；' : '; ') }));
  return out;
}
