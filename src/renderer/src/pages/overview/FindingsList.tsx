import { CheckCircleOutlined, ExclamationCircleOutlined, InfoCircleOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { findingText } from '../../../../shared/finding-text';
import type { Finding, FindingAction } from '../../../../shared/overview';
import { WriteAction } from '../../components/WriteAction';
import { useUiLanguage } from '../../hooks/useUiLanguage';
import { FindingsMethod } from './FindingsMethod';

const TONE_ICON = {
  good: <CheckCircleOutlined style={{ color: '#389e0d' }} />,
  bad: <ExclamationCircleOutlined style={{ color: '#cf1322' }} />,
  neutral: <InfoCircleOutlined style={{ color: '#1668dc' }} />,
} as const;

/**
 * The findings in plain words, most important first: what, why it matters, and the button that
 * does the next step (a run is a change to the workspace: disabled while it is read-only; a
 * playbook only opens). `onAct` gets the action and a name for the run it makes.
 */
export function FindingsList({
  findings,
  currency,
  onAct,
}: {
  findings: readonly Finding[];
  currency: string;
  onAct(action: FindingAction, runName: string): void;
}) {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  // A rules run is named after its one segment ("Overview · Regulars slipping away").
  const runName = ({ action }: Finding) =>
    action?.kind === 'rules' ? t('overview.findingRun', { finding: action.spec.rules[0].name[lang] }) : '';
  return (
    <Card size="small" title={t('findings.heading')} className="overview-panel" data-testid="findings">
      {findings.length === 0 && <Typography.Text type="secondary">{t('findings.none')}</Typography.Text>}
      <Flex vertical gap={12}>
        {findings.map((finding) => {
          const said = findingText(finding, lang, currency);
          const { action } = finding;
          const button = action && said.action && (
            <Button
              onClick={() => onAct(action, runName(finding))}
              type={action.kind === 'playbook' ? 'default' : 'primary'}
              ghost={action.kind !== 'playbook'}
              data-testid={`finding-action-${finding.key}`}
            >
              {said.action}
            </Button>
          );
          return (
            <Flex
              key={finding.key}
              gap={12}
              align="start"
              justify="space-between"
              data-testid={`finding-${finding.key}`}
            >
              <Flex gap={10} align="start">
                <span style={{ fontSize: 18, lineHeight: '22px' }}>{TONE_ICON[finding.tone]}</span>
                <div>
                  <Typography.Text strong data-testid="finding-title">
                    {said.title}
                  </Typography.Text>
                  {said.why && (
                    <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                      {said.why}
                    </Typography.Paragraph>
                  )}
                </div>
              </Flex>
              {button && (action?.kind === 'playbook' ? button : <WriteAction>{button}</WriteAction>)}
            </Flex>
          );
        })}
      </Flex>
      <FindingsMethod />
    </Card>
  );
}
