import type { Translate } from './i18n';
import { DROP_REASONS, PRESET_IDENTIFIER, type ExportPreset, type PresetCounts } from './presets';

const plural = (t: Translate, key: string, count: number, params: Record<string, string | number> = {}) =>
  t(`presetExport.${key}_${count === 1 ? 'one' : 'other'}`, { count, ...params });

/**
 * What a preset export wrote and left out, in words (the app's message and the CLI's output):
 * "312 customers written; left out: 14 without an e-mail address, 3 duplicates (…)", then a line for
 * suppression-file rows that matched nobody. Counts are written as given (the caller formats none).
 */
export function presetCountsText(preset: ExportPreset, counts: PresetCounts, t: Translate): string[] {
  const identifier = PRESET_IDENTIFIER[preset];
  const reasons = DROP_REASONS.filter((r) => counts.dropped[r] > 0).map((r) => {
    const n = counts.dropped[r];
    if (r === 'noContact') return plural(t, `noContact_${identifier}`, n);
    if (r === 'duplicate') return plural(t, 'duplicate', n, { identifier: t(`presetExport.identifier.${identifier}`) });
    return plural(t, r, n);
  });
  const leftOut = reasons.length
    ? t('presetExport.leftOut', { reasons: reasons.join(t('presetExport.listSeparator')) })
    : t('presetExport.noneLeftOut');
  const lines = [`${plural(t, 'written', counts.written)}${t('presetExport.partSeparator')}${leftOut}`];
  if (counts.suppressionUnmatched) lines.push(plural(t, 'suppressionUnmatched', counts.suppressionUnmatched));
  return lines;
}

/** The message's lines on the hashed columns and the side files written beside the upload file. */
export function presetFilesText(hashed: readonly string[], sideFiles: readonly { fileName: string }[], t: Translate) {
  const lines: string[] = [];
  if (hashed.length) lines.push(t('presetExport.hashed', { columns: hashed.join(t('presetExport.listSeparator')) }));
  if (sideFiles.length)
    lines.push(
      t('presetExport.sideFiles', { files: sideFiles.map((f) => f.fileName).join(t('presetExport.listSeparator')) }),
    );
  return lines;
}
