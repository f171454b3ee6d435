import type { TFunction } from 'i18next';
import { messages } from '../../../shared/i18n';

/** What a run label needs of a run. */
export interface LabelledRun {
  name: string;
  model: string;
  analysisDate: string | null;
}

const MADE = ['rfmEight', 'rfmEleven', 'rfmCustom', 'rules', 'clvGrid', 'clvTiers', 'kmeans', 'kprototypes'] as const;

/** Whether a run's name is one SegmentDesk made (its model and scheme first, in either language) rather than the user's own. */
export function isMadeName(name: string): boolean {
  return Object.values(messages).some((m) => MADE.some((k) => name.startsWith(m.runNames[k].split('{{')[0])));
}

/**
 * Runs as people tell them apart, in the UI language: the model and the analysis day
 * ("RFM · 2011-12-10"), "(2)", "(3)" … after a label an earlier run already has. A name the user
 * gave is kept (with its day); a run without a day keeps its name.
 */
export function runLabels(runs: readonly LabelledRun[], t: TFunction): string[] {
  const seen = new Map<string, number>();
  return runs.map((run) => {
    const model = run.model in messages.en.runLabel.model ? t(`runLabel.model.${run.model}`) : run.model;
    const first = isMadeName(run.name) ? model : run.name;
    const label = run.analysisDate ? t('runLabel.dated', { first, date: run.analysisDate }) : run.name;
    const n = (seen.get(label) ?? 0) + 1;
    seen.set(label, n);
    return n === 1 ? label : t('runLabel.repeat', { label, n });
  });
}
