import { useState } from 'react';
import type { CampaignColumns, SavedCampaignInfo } from '../../../../shared/campaign';
import { missingRolesOf } from '../../../../shared/missing-role';
import { call } from '../../api';
import { useShowError } from '../../errors/ErrorProvider';
import type { useJobRunner } from '../../hooks/useJobRunner';
import { ResultsColumnsDialog, type ResultsFile } from './ResultsColumnsDialog';

/** Whether an import failed because the results file has no column found to name its customers. */
const namesNoCustomer = (err: unknown) => {
  const missing = missingRolesOf(err);
  return missing?.source === 'campaignFile' && missing.roles.some((r) => ['customerId', 'email', 'phone'].includes(r));
};

/**
 * The campaign results import: a file is chosen and read with its columns found by their headings;
 * when none is found to name the customers, a dialog asks which column does (customer ID, or the
 * e-mail or mobile number a platform's results name them by), and the file is read again with it.
 */
export function useResultsImport(
  runId: number | undefined,
  add: (campaign: SavedCampaignInfo) => void,
  jobs: ReturnType<typeof useJobRunner>,
) {
  const showError = useShowError();
  const [mapping, setMapping] = useState<ResultsFile | null>(null);
  const importResults = async (file?: ResultsFile, columns: CampaignColumns = {}) => {
    if (runId === undefined) return;
    setMapping(null);
    const chosen = file ?? (await call('import:choose', {}).catch((err: unknown) => (showError(err), null)));
    if (!chosen) return;
    try {
      add(await jobs.run('campaign:results', { runId, token: chosen.token, columns }));
    } catch (err) {
      if (!file && namesNoCustomer(err)) setMapping(chosen);
      else showError(err);
    }
  };
  const element = (
    <ResultsColumnsDialog
      file={mapping}
      onCancel={() => setMapping(null)}
      onImport={(columns) => mapping && void importResults(mapping, columns)}
    />
  );
  return { importResults: () => importResults(), element };
}
