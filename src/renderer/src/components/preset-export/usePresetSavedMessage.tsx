import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { presetFilesText } from '../../../../shared/preset-counts-text';
import type { PresetResult } from '../../../../shared/presets';
import { useFormat } from '../../hooks/useFormat';
import { droppedParts } from './preset-counts';

/**
 * Says what a preset export wrote, as the export messages do: how many customers went to which
 * file and why others were left out, which columns were scrambled with SHA-256, the side files
 * saved beside it; nothing when the user cancelled the save dialog.
 */
export function usePresetSavedMessage(): (saved: PresetResult | null) => void {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { message } = App.useApp();
  return (saved) => {
    if (!saved) return;
    const n = saved.counts.written;
    const head = t('presetUi.saved', { count: n, n: fmt.int(n), file: saved.fileName });
    const lines = [[head, ...droppedParts(t, fmt, saved.preset, saved.counts, true)].join(' · ')];
    lines.push(...presetFilesText(saved.hashed, saved.sideFiles, (key, params) => t(key, params)));
    void message.success({
      content: (
        <span data-testid="preset-saved" style={{ display: 'inline-block', textAlign: 'start', maxWidth: 640 }}>
          {lines.map((l) => (
            <span key={l} style={{ display: 'block' }}>
              {l}
            </span>
          ))}
        </span>
      ),
      duration: 8,
    });
    if (saved.replaced > 0) void message.warning(t('export.replaced', { count: fmt.int(saved.replaced) }));
  };
}
