import { useState } from 'react';
import { call } from '../../api';
import { useCall } from '../../hooks/useCall';
import { useUiLanguage } from '../../hooks/useUiLanguage';
import { countryCodeOf, localeCountry } from './country-names';

/**
 * Where a run's customers come from and the country a phone number without its code is read in
 * by default: the most common value of the data's country column (the run's dataset, else the
 * customers dataset linked to it), else (also when the data's statistics cannot be read) the app's
 * locale. Read when the dialog opens.
 */
export function useDefaultCountry(open: boolean, runId: number): { datasetId: number | null; country: string | null } {
  const lang = useUiLanguage();
  const [found, setFound] = useState<{ datasetId: number | null; country: string | null }>({
    datasetId: null,
    country: null,
  });
  useCall(
    () => (open ? mostCommonCountry(runId) : null),
    [open, runId],
    (r) => setFound({ datasetId: r.datasetId, country: r.country ?? localeCountry(lang, navigator.languages) }),
  );
  return found;
}

async function mostCommonCountry(runId: number): Promise<{ datasetId: number | null; country: string | null }> {
  const workspace = await call('workspace:current', {});
  const run = workspace?.runs.find((r) => r.id === runId);
  const dataset = workspace?.datasets.find((d) => d.id === run?.datasetId);
  if (!workspace || !dataset) return { datasetId: null, country: null };
  const linked = workspace.datasets.find((d) => d.id === dataset.customersDatasetId);
  const withCountry = [dataset, linked].find((d) => d?.roles.country !== undefined);
  if (!withCountry) return { datasetId: dataset.id, country: null };
  // The stats only suggest a default: when they cannot be read, the locale's country is suggested and the counts go on.
  const columns = await call('dataset:stats', { datasetId: withCountry.id }).then(
    (stats) => stats.columns,
    () => [],
  );
  const top = columns.find((c) => c.name === withCountry.roles.country)?.top ?? [];
  const country = top.map((v) => countryCodeOf(v.value)).find((c) => c !== null) ?? null;
  return { datasetId: dataset.id, country };
}
