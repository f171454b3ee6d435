import { Alert, Flex, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PresetCheck } from '../../../../shared/contract/preset-requests';
import type { ExportPreset } from '../../../../shared/presets';
import { useFormat } from '../../hooks/useFormat';
import { countsLine } from './preset-counts';

/**
 * The dialog's footer for a preset: the counts before saving (how many customers will be written
 * and why the others are left out), always in sight beside Cancel and Save.
 */
export function PresetCountsAlert({
  preset,
  check,
  checking,
  buttons,
}: {
  preset: ExportPreset;
  check: PresetCheck | null;
  checking: boolean;
  buttons: ReactNode;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Flex gap={12} align="center">
      <Alert
        type={check?.needs ? 'warning' : 'info'}
        style={{ flex: 1, textAlign: 'start', paddingBlock: 6 }}
        showIcon
        icon={checking ? <Spin size="small" /> : undefined}
        title={
          <span data-testid="preset-counts" data-checking={checking ? 'yes' : 'no'}>
            {check ? countsLine(t, fmt, preset, check.counts) : t('presetUi.counting')}
          </span>
        }
      />
      <Flex gap={8} style={{ flexShrink: 0 }}>
        {buttons}
      </Flex>
    </Flex>
  );
}
