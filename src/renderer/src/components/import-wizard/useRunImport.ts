import { useState } from 'react';
import type { ImportSettings, InspectResult } from '../../../../shared/import-settings';
import { requiredRoles } from '../../../../shared/roles';
import type { DatasetInfo } from '../../../../shared/schemas';
import { call } from '../../api';
import { useShowError } from '../../errors/ErrorProvider';
import type { useJobRunner } from '../../hooks/useJobRunner';

/** The import itself, with the meaning the check was made with; `running` while it runs (the wizard steps aside for its progress). */
export function useRunImport(
  token: string,
  jobs: ReturnType<typeof useJobRunner>,
  onImported: (dataset: DatasetInfo) => void,
) {
  const showError = useShowError();
  const [running, setRunning] = useState(false);
  const run = async (checked: InspectResult | null, settings: ImportSettings, name: string) => {
    if (!checked || requiredRoles(checked.kind).some((r) => !checked.roles[r])) return;
    setRunning(true);
    try {
      const dataset = await jobs.run('import:run', {
        token,
        settings: { ...settings, kind: checked.kind, roles: checked.roles, name: name.trim() || undefined },
      });
      void call('import:forget', { token });
      onImported(dataset);
    } catch (err) {
      showError(err);
    } finally {
      setRunning(false);
    }
  };
  return { running, run };
}
