import { useState } from 'react';
import type { ExportPreset, PresetExport } from '../../../../shared/presets';
import { emptyDraft, presetOptions, type PresetDraft, type PresetScope } from './preset-draft';
import { useDefaultCountry } from './useDefaultCountry';
import { usePresetCheck } from './usePresetCheck';

/**
 * The customer-list dialog's preset state: the draft (fresh at each opening, its default country
 * the data's), the options built from it, and the counts checked for them while a preset is chosen.
 */
export function usePresetDraft(open: boolean, runId: number, preset: ExportPreset | null, scope: PresetScope) {
  const [draft, setDraft] = useState<PresetDraft>(emptyDraft);
  const [wasOpen, setWasOpen] = useState(open);
  if (wasOpen !== open) {
    setWasOpen(open);
    if (open) setDraft(emptyDraft());
  }
  // Read once a preset is chosen (a spreadsheet needs no country): the data's country column's most common value.
  const { datasetId, country } = useDefaultCountry(open && preset !== null, runId);
  const defaultCountry = draft.defaultCountry ?? country;
  const options: PresetExport | null =
    open && preset && defaultCountry !== null ? presetOptions(preset, { ...draft, defaultCountry }, scope) : null;
  const { check, checking } = usePresetCheck(runId, options, draft.suppression?.token);
  return {
    draft: { ...draft, defaultCountry },
    onDraft: (patch: Partial<PresetDraft>) => setDraft((d) => ({ ...d, ...patch })),
    options,
    check,
    checking,
    datasetId,
  };
}
