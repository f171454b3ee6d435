import { chosenModel, type ClvResult, type PurchaseModelKind } from '../../shared/clv';
import { createTranslate } from '../../shared/i18n';
import type { Language } from '../../shared/schemas';

/** The purchase models' names, the same in every language. */
const MODEL_NAMES: Readonly<Record<PurchaseModelKind, string>> = {
  pareto: 'Pareto/NBD',
  bgnbd: 'BG/NBD',
  mbgnbd: 'MBG/NBD',
};

/** Mean errors per customer are told apart in the fourth decimal (0.7938 against 0.7945 purchases). */
const mae = (value: number) => value.toFixed(4);

/**
 * What a CLV run's plain-text output says after its segments: which purchase model was used and
 * why (with the others' holdout errors), the models that could not be fitted, without a holdout the
 * one proposed and what it is for, the churn-risk list and the next purchases.
 */
export function clvText(clv: ClvResult, runId: number, lang: Language): string {
  const t = createTranslate(lang);
  const chosen = chosenModel(clv);
  const model = MODEL_NAMES[chosen.kind];
  const lines: string[] = [];
  if (clv.purchaseModel.chosenBy === 'holdout' && chosen.holdout) {
    const others = clv.models
      .filter((m) => m !== chosen && m.holdout)
      .map((m) => `${MODEL_NAMES[m.kind]} ${mae(m.holdout!.mae)}`)
      .join(', ');
    const then = others ? `${lang === 'zh-CN' ? '；' : '; '}${others}` : '';
    lines.push(t('clvCli.modelHoldout', { model, mae: mae(chosen.holdout.mae), others: then }));
  } else lines.push(t(clv.purchaseModel.chosenBy === 'user' ? 'clvCli.modelUser' : 'clvCli.modelDefault', { model }));
  for (const f of clv.modelFailures)
    lines.push(t('clvCli.modelFailed', { model: MODEL_NAMES[f.kind], message: f.message }));
  if (clv.proposedHoldout) lines.push(t('clvCli.proposeHoldout', clv.proposedHoldout));
  if (clv.nextPurchase.horizonDays > 0) {
    lines.push(
      t('clvCli.churn', {
        customers: clv.churn.customers,
        alive: Math.round(clv.churn.alive * 100),
        run: runId,
      }),
    );
    lines.push(
      t('clvCli.nextPurchase', {
        within: clv.nextPurchase.withinHorizon,
        customers: clv.customers,
        months: clv.settings.horizon,
      }),
    );
  }
  return lines.map((l) => `${l}\n`).join('');
}
