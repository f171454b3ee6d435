import { Drawer, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PLAYBOOK } from '../../../../shared/playbook';
import { useUiLanguage } from '../../hooks/useUiLanguage';
import type { Playbook } from './useFindingActions';

/** The segment whose suggested actions go with each playbook (shared/playbook.ts). */
const SEGMENT_OF: Record<Playbook, string> = { welcome: 'new', winBack: 'at_risk', vip: 'champions' };

/** A playbook a finding leads to: why, the steps in order, and the actions suggested for the same kind of customers. */
export function PlaybookDrawer({ playbook, onClose }: { playbook: Playbook | null; onClose(): void }) {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const steps = playbook ? t(`overview.playbook.${playbook}.steps`).split('|') : [];
  const actions = playbook ? (PLAYBOOK[SEGMENT_OF[playbook]]?.actions ?? []) : [];
  return (
    <Drawer
      open={playbook !== null}
      onClose={onClose}
      width={460}
      title={playbook ? t(`overview.playbook.${playbook}.title`) : ''}
      data-testid="playbook-drawer"
    >
      {playbook && (
        <>
          <Typography.Paragraph>{t(`overview.playbook.${playbook}.intro`)}</Typography.Paragraph>
          <ol data-testid="playbook-steps">
            {steps.map((step) => (
              <li key={step} style={{ marginBottom: 8 }}>
                {step}
              </li>
            ))}
          </ol>
          <Typography.Title level={5}>{t('overview.playbook.segmentActions')}</Typography.Title>
          <ul>
            {actions.map((a) => (
              <li key={a.en}>{a[lang]}</li>
            ))}
          </ul>
        </>
      )}
    </Drawer>
  );
}
