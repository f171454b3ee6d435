import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FindingAction } from '../../../../shared/overview';
import type { ModelSpec } from '../../../../shared/segments';
import { RFM_DEFAULTS } from '../../components/run-form/initial-values';
import { rfmSpec } from '../../components/run-form/run-spec';
import { useShowError } from '../../errors/ErrorProvider';
import type { useJobRunner } from '../../hooks/useJobRunner';

export type Playbook = Extract<FindingAction, { kind: 'playbook' }>['playbook'];

export interface FindingActionsOptions {
  datasetId: number | null;
  jobs: ReturnType<typeof useJobRunner>;
  /** The workspace changed (a run was made). */
  onChanged(): void;
  /** Shows a run on the Segments page. */
  onOpenRun(runId: number): void;
}

/**
 * What the Overview's buttons do: "Find my customer groups" makes an RFM run with the new-run
 * form's defaults (the 11 segments); a finding's rules make a rules run named after it; both
 * open it on the Segments page. A playbook opens in the drawer (`playbook`).
 */
export function useFindingActions({ datasetId, jobs, onChanged, onOpenRun }: FindingActionsOptions) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const [playbook, setPlaybook] = useState<Playbook | null>(null);

  const makeRun = async (spec: ModelSpec, name?: string) => {
    if (datasetId === null) return;
    try {
      const { run } = await jobs.run('run:create', { datasetId, spec, ...(name ? { name } : {}) });
      onChanged();
      onOpenRun(run.id);
      void message.success(t('overview.runMade', { name: run.name }));
    } catch (err) {
      showError(err);
    }
  };

  return {
    playbook,
    closePlaybook: () => setPlaybook(null),
    findGroups: () => void makeRun(rfmSpec(RFM_DEFAULTS)),
    /** A finding's next step; `name` names a rules run after the finding. */
    act: (action: FindingAction, name: string) => {
      if (action.kind === 'rfm') void makeRun(rfmSpec(RFM_DEFAULTS));
      else if (action.kind === 'rules') void makeRun(action.spec, name);
      else setPlaybook(action.playbook);
    },
  };
}
