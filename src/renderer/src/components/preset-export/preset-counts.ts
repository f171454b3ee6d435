import type { TFunction } from 'i18next';
import { DROP_REASONS, PRESET_IDENTIFIER, type ExportPreset, type PresetCounts } from '../../../../shared/presets';
import type { Formatters } from '../../hooks/create-formatters';

/**
 * Why customers were left out, in words, in the order the checks run: "14 have no e-mail address",
 * "3 share an address with another customer" (`saved`: in the past, after the file was written);
 * then the suppression file's rows that matched nobody. Reasons with nobody are not named.
 */
export function droppedParts(
  t: TFunction,
  fmt: Formatters,
  preset: ExportPreset,
  counts: PresetCounts,
  saved: boolean,
): string[] {
  const tense = saved ? 'was' : 'is';
  const id = PRESET_IDENTIFIER[preset];
  const parts = DROP_REASONS.flatMap((reason) => {
    const n = counts.dropped[reason] ?? 0;
    if (n === 0) return [];
    const key = reason === 'noContact' || reason === 'duplicate' ? `${reason}_${id}` : reason;
    return [t(`presetUi.${tense}_${key}`, { count: n, n: fmt.int(n) })];
  });
  const unmatched = counts.suppressionUnmatched ?? 0;
  if (unmatched > 0) parts.push(t('presetUi.suppressionUnmatched', { count: unmatched, n: fmt.int(unmatched) }));
  return parts;
}

/** "312 customers will be written · 14 have no e-mail address · 3 share an address with another customer". */
export function countsLine(t: TFunction, fmt: Formatters, preset: ExportPreset, counts: PresetCounts): string {
  const head = t('presetUi.willWrite', { count: counts.written, n: fmt.int(counts.written) });
  return [head, ...droppedParts(t, fmt, preset, counts, false)].join(' · ');
}
