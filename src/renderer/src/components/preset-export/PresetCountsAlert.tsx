import { Alert, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PresetCheck } from '../../../../shared/contract/preset-requests';
import type { ExportPreset } from '../../../../shared/presets';
import { useFormat } from '../../hooks/useFormat';
import { countsLine } from './preset-counts';

/** The counts before saving: how many customers will be written and why the others are left out. */
export function PresetCountsAlert({
  preset,
  check,
  checking,
}: {
  preset: ExportPreset;
  check: PresetCheck | null;
  checking: boolean;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Alert
      type={check?.needs ? 'warning' : 'info'}
      showIcon
      icon={checking ? <Spin size="small" /> : undefined}
      title={
        <span data-testid="preset-counts" data-checking={checking ? 'yes' : 'no'}>
          {check ? countsLine(t, fmt, preset, check.counts) : t('presetUi.counting')}
        </span>
      }
    />
  );
}
