import type { ClvResult, PurchaseModelKind } from '../../../shared/clv';
import { playbookFor } from '../../../shared/playbook';
import type { ReportInput, ReportText } from './report-input';
import { segmentColor } from './report-input';

const DAY_MS = 86_400_000;

/** A purchase model's name (the same in both languages). */
export const purchaseModelName = (kind: PurchaseModelKind, x: ReportText) => x.t(`clvReport.model_${kind}`);

const cell = (html: string) => `<td class="num">${html}</td>`;
const head = (x: ReportText, keys: string[]) =>
  `<thead><tr>${keys.map((k, i) => `<th${i ? ' class="num"' : ''}>${x.esc(x.t(k))}</th>`).join('')}</tr></thead>`;

/** The models fitted with a holdout side by side: log-likelihood, holdout purchases expected and made, mean absolute error per customer, the chosen one marked. */
function comparison(clv: ClvResult, compared: ClvResult['models'], x: ReportText): string {
  const { t, esc } = x;
  const chosen = clv.purchaseModel.kind;
  const rows = compared.map((m) => {
    const e = m.holdout!;
    const mark = m.kind === chosen ? `<b>${esc(t('clvReport.chosen'))}</b>` : '';
    return `<tr${m.kind === chosen ? ' class="chosen"' : ''}><td>${esc(purchaseModelName(m.kind, x))}${mark}</td>${cell(x.num(m.logLikelihood))}${cell(x.int(e.expected))}${cell(x.int(e.actual))}${cell(e.mae.toFixed(3))}</tr>`;
  });
  const keys = ['col_model', 'col_ll', 'col_expected', 'col_made', 'col_mae'].map((k) => `clvReport.${k}`);
  const lead = t('clvReport.compareLead', { end: clv.calibrationEnd, holdout: clv.holdoutEnd ?? '—' });
  return `<div class="keep"><h3>${esc(t('clvReport.compareTitle'))}</h3><p>${esc(lead)}</p><table class="segments models">${head(x, keys)}<tbody>${rows.join('')}</tbody></table></div>`;
}

/**
 * Which model the values come from and why, in one sentence; with a holdout the models side by
 * side (log-likelihood, holdout purchases expected and made, mean absolute error per customer, the
 * chosen one marked) and those that failed with the reason; without one, the proposed holdout and
 * what a holdout is for.
 */
function modelChoice(clv: ClvResult, x: ReportText): string {
  const { t, esc } = x;
  const chosen = clv.purchaseModel.kind;
  const lines = [
    `<p>${esc(t(`clvReport.chosen_${clv.purchaseModel.chosenBy}`, { model: purchaseModelName(chosen, x) }))}</p>`,
  ];
  const compared = clv.models.filter((m) => m.holdout !== null);
  // With a holdout the models side by side (a run stored with one model has its errors in the method);
  // without one the proposed holdout and what it is for.
  if (clv.holdoutEnd === null) {
    const proposed = clv.proposedHoldout;
    if (proposed)
      lines.push(
        `<p>${esc(t('clvReport.proposal', { end: proposed.calibrationEnd, holdout: proposed.holdoutEnd }))}</p>`,
      );
    lines.push(`<p class="muted">${esc(t('clvReport.holdoutWhy'))}</p>`);
  } else if (compared.length > 1) lines.push(comparison(clv, compared, x));
  lines.push(
    ...clv.modelFailures.map(
      (f) => `<p>${esc(t('clvReport.failed', { model: purchaseModelName(f.kind, x), code: f.code }))}</p>`,
    ),
  );
  return lines.join('');
}

/** Per segment (those with customers): customers, predicted value (sum and mean) and past revenue; the total below. */
function segmentValues(input: ReportInput, clv: ClvResult, x: ReportText): string {
  const { t, esc, lang } = x;
  const past = clv.segmentValues.reduce((n, s) => n + s.pastRevenue, 0);
  const figures = (customers: number, sum: number, mean: number, revenue: number) =>
    `${cell(x.int(customers))}${cell(x.money(sum))}${cell(x.money(mean))}${cell(x.money(revenue))}`;
  const rows = clv.segmentValues.flatMap((v, i) =>
    v.customers === 0
      ? []
      : [
          `<tr><td><span class="sw" style="background:${segmentColor(i)}"></span>${esc(input.result.segments[i].name[lang])}</td>${figures(v.customers, v.clv, v.meanClv, v.pastRevenue)}</tr>`,
        ],
  );
  const total = `<tr class="total"><td>${esc(t('report.total'))}</td>${figures(clv.customers, clv.totals.clv, clv.totals.clv / clv.customers, past)}</tr>`;
  const keys = [
    'segments.segment',
    'segments.customers',
    'clvReport.col_clv',
    'clvReport.col_meanClv',
    'clvReport.col_past',
  ];
  return `<div class="keep"><h3>${esc(t('clvReport.segmentsTitle'))}</h3><p>${esc(t('clvReport.segmentsLead', { horizon: clv.settings.horizon, end: clv.calibrationEnd }))}</p><table class="segments">${head(x, keys)}<tbody>${rows.join('')}${total}</tbody></table></div>`;
}

/** The churn-risk list in one paragraph with the win-back actions, and how many are expected to buy again within the horizon. */
function churnAndNext(clv: ClvResult, x: ReportText): string {
  const { t, esc, lang } = x;
  const { churn, nextPurchase } = clv;
  const past = clv.segmentValues.reduce((n, s) => n + s.pastRevenue, 0);
  const rule = { top: x.share(churn.top), alive: x.share(churn.alive) };
  const lines: string[] = [];
  if (churn.customers > 0) {
    const money = churn.pastRevenue;
    // Runs made before the list's revenue was kept say the rule alone.
    const stake =
      money === undefined
        ? ''
        : t('clvReport.churnMoney', {
            end: clv.calibrationEnd,
            money: x.money(money),
            share: past > 0 ? x.pct(money / past) : '—',
          });
    const said = t('clvReport.churn', { ...rule, customers: x.int(churn.customers) });
    lines.push(`<p>${esc(stake ? `${said}${lang === 'zh-CN' ? '' : ' '}${stake}` : said)}</p>`);
    const actions = playbookFor('churn_risk');
    lines.push(
      `<p>${esc(t('clvReport.churnActions'))}</p><ul>${actions.map((a) => `<li>${esc(a[lang])}</li>`).join('')}</ul>`,
    );
  } else lines.push(`<p>${esc(t('clvReport.churnNone', rule))}</p>`);
  if (nextPurchase.horizonDays > 0) {
    const until = x.day(Date.parse(clv.calibrationEnd) + nextPurchase.horizonDays * DAY_MS);
    const words = { days: x.int(nextPurchase.horizonDays), end: clv.calibrationEnd, until };
    lines.push(
      `<p>${esc(
        nextPurchase.withinHorizon > 0
          ? t('clvReport.nextPurchase', {
              ...words,
              customers: x.int(nextPurchase.withinHorizon),
              share: x.pct(nextPurchase.withinHorizon / clv.customers),
            })
          : t('clvReport.nextPurchaseNone', words),
      )}</p>`,
    );
  }
  return `<div class="keep"><h3>${esc(t('clvReport.churnTitle'))}</h3>${lines.join('')}</div>`;
}

/**
 * A CLV run's part for the shop owner, plain words first: which purchase model the values come
 * from and why (the models side by side on the holdout, or the proposed holdout), the predicted
 * value of each segment next to its past revenue, the valuable customers at risk with what they
 * are worth and the win-back actions, and who is expected to buy again. Empty for other runs; a
 * run stored before the three models (no per-segment values) says only its model.
 */
export function clvValueSection(input: ReportInput, x: ReportText): string {
  const clv = input.result.clv;
  if (!clv) return '';
  const stored = clv.segmentValues.length === 0;
  return `<section><h2>${x.esc(x.t('clvReport.title'))}</h2>${modelChoice(clv, x)}${
    stored ? '' : `${segmentValues(input, clv, x)}${churnAndNext(clv, x)}`
  }</section>`;
}
