import { useState } from 'react';
import type { CampaignColumns, SavedCampaignInfo } from '../../../../shared/campaign';
import type { ControlDraw } from '../../../../shared/presets';
import { call } from '../../api';
import { useShowError } from '../../errors/ErrorProvider';
import type { useJobRunner } from '../../hooks/useJobRunner';
import { ResultsColumnsDialog, type ResultsFile } from './ResultsColumnsDialog';

/**
 * The campaign results import: a file chosen and read with its columns found by their headings
 * (`importResults`), or (`importMapped`) with the column that names the customers chosen first —
 * their customer ID, or the e-mail or mobile number a platform's results name them by. A file
 * without a group column is split by the last draw of this page (`draw`), as the campaign went out.
 */
export function useResultsImport(
  runId: number | undefined,
  draw: ControlDraw | undefined,
  add: (campaign: SavedCampaignInfo) => void,
  jobs: ReturnType<typeof useJobRunner>,
) {
  const showError = useShowError();
  const [mapping, setMapping] = useState<ResultsFile | null>(null);
  const choose = () => call('import:choose', {}).catch((err: unknown) => (showError(err), null));
  const read = async (file: ResultsFile, columns: CampaignColumns) => {
    if (runId === undefined) return;
    try {
      add(await jobs.run('campaign:results', { runId, token: file.token, columns, draw }));
    } catch (err) {
      showError(err);
    }
  };
  const element = (
    <ResultsColumnsDialog
      file={mapping}
      onCancel={() => setMapping(null)}
      onImport={(columns) => {
        if (mapping) void read(mapping, columns);
        setMapping(null);
      }}
    />
  );
  return {
    importResults: async () => {
      const file = await choose();
      if (file) await read(file, {});
    },
    importMapped: async () => setMapping(await choose()),
    element,
  };
}
