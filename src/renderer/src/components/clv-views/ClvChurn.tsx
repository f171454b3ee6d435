import { DownloadOutlined, TeamOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ClvResult } from '../../../../shared/clv';
import { PLAYBOOK } from '../../../../shared/playbook';
import { useFormat } from '../../hooks/useFormat';
import { useUiLanguage } from '../../hooks/useUiLanguage';
import { ChurnPreview, CHURN_PREVIEW } from './ChurnPreview';

export interface ClvChurnProps {
  runId: number;
  clv: ClvResult;
  /** Money in the dataset's currency. */
  money(n: number): string;
  /** Opens the customer-list export for the churn-risk list, in this format. */
  onExport(format: 'csv' | 'xlsx'): void;
  /** Shows the whole list in the customer list below. */
  onShowAll(): void;
}

/** The rule's shares as people say them: "the top 20%", "below 50%". */
function useRule(clv: ClvResult) {
  const fmt = useFormat();
  return { top: fmt.roundPct(clv.churn.top), alive: fmt.roundPct(clv.churn.alive) };
}

/** How many customers are expected to buy again within the horizon, in one sentence (none for a run made before next purchases were kept). */
function NextPurchase({ clv }: { clv: ClvResult }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { withinHorizon, horizonDays } = clv.nextPurchase;
  if (horizonDays === 0) return null;
  return (
    <Typography.Paragraph data-testid="clv-next-purchase">
      {t('clvChurn.nextPurchase', {
        n: fmt.int(withinHorizon),
        customers: fmt.int(clv.customers),
        share: fmt.pct(clv.customers > 0 ? withinHorizon / clv.customers : 0),
        months: clv.settings.horizon,
      })}
    </Typography.Paragraph>
  );
}

/** The list itself: who, what they are worth, the ten most valuable, the exports and what to do. */
function ChurnList({ runId, clv, money, onExport, onShowAll }: ClvChurnProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const lang = useUiLanguage();
  const rule = useRule(clv);
  const { churn } = clv;
  const n = churn.customers;
  return (
    <>
      <Typography.Paragraph data-testid="clv-churn-summary">
        {t('clvChurn.summary', { count: n, n: fmt.int(n), ...rule })}
        {churn.pastRevenue !== undefined &&
          ` ${t('clvChurn.worth', { revenue: money(churn.pastRevenue), end: clv.calibrationEnd, clv: money(churn.clv ?? 0) })}`}
      </Typography.Paragraph>
      <Typography.Text strong>
        {t('clvChurn.previewTitle', { count: Math.min(n, CHURN_PREVIEW), n: Math.min(n, CHURN_PREVIEW) })}
      </Typography.Text>
      <ChurnPreview runId={runId} clv={clv} money={money} />
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Button icon={<DownloadOutlined />} onClick={() => onExport('csv')} data-testid="clv-churn-export-csv">
          {t('clvChurn.exportCsv')}
        </Button>
        <Button icon={<DownloadOutlined />} onClick={() => onExport('xlsx')} data-testid="clv-churn-export-xlsx">
          {t('clvChurn.exportXlsx')}
        </Button>
        <Button type="link" icon={<TeamOutlined />} onClick={onShowAll} data-testid="clv-churn-show-all">
          {t('clvChurn.showAll')}
        </Button>
      </Flex>
      <Typography.Text type="secondary">{t('clvChurn.actions')}</Typography.Text>
      <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }} data-testid="clv-churn-actions">
        {PLAYBOOK.churn_risk.actions.map((action) => (
          <li key={action.en}>{action[lang]}</li>
        ))}
      </ul>
    </>
  );
}

/**
 * A CLV run's customers at risk of churning: valuable customers (the top share by past spend or
 * predicted value) whose chance still active fell below the threshold — how many and what they
 * are worth in plain words, the most valuable of them, the list's exports and the playbook's
 * win-back actions; an empty state when nobody is at risk. Under it, next purchases in one sentence.
 */
export function ClvChurn(props: ClvChurnProps) {
  const { t } = useTranslation();
  const { clv } = props;
  const rule = useRule(clv);
  // A run stored before the churn list was kept has no rule (top 0).
  const body =
    clv.churn.top === 0 ? (
      <Typography.Paragraph type="secondary">{t('clvChurn.oldRun')}</Typography.Paragraph>
    ) : clv.churn.customers === 0 ? (
      <div data-testid="clv-churn-empty">
        <Typography.Text strong>{t('clvChurn.emptyTitle')}</Typography.Text>
        <Typography.Paragraph type="secondary">{t('clvChurn.emptyHint', rule)}</Typography.Paragraph>
      </div>
    ) : (
      <ChurnList {...props} />
    );
  return (
    <Card size="small" title={t('clvChurn.title')} style={{ marginBottom: 16 }} data-testid="clv-churn">
      {body}
      <NextPurchase clv={clv} />
    </Card>
  );
}
