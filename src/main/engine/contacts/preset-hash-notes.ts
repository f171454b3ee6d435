import { createTranslate } from '../../../shared/i18n';
import type { ExportPreset } from '../../../shared/presets';
import type { Language } from '../../../shared/schemas';

const NOTE_KEYS: Partial<Record<ExportPreset, string[]>> = {
  googleAds: ['email', 'phone', 'firstName', 'lastName'],
  meta: ['email', 'phone', 'fn', 'ln', 'zip', 'ct', 'st', 'country'],
};

/**
 * One plain sentence per hashed column of a preset's file, in its header's order: how the value was
 * normalised, and that it is SHA-256 (hex). Empty for a preset that hashes nothing.
 */
export function presetHashNotes(preset: ExportPreset, lang: Language): string[] {
  const t = createTranslate(lang);
  return (NOTE_KEYS[preset] ?? []).map((key) => t(`presets.hashNotes.${preset}.${key}`));
}
