import { Card, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SavedCampaignInfo } from '../../../../shared/campaign';
import { useFormat } from '../../hooks/useFormat';
import { campaignColumns, type CampaignRow } from './campaign-columns';

/** One imported campaign's results against the run's segments (segments with nobody in either group left out). */
export function CampaignResults({
  campaign,
  name,
  money,
}: {
  campaign: SavedCampaignInfo;
  name(key: string): string;
  /** An amount in the run's currency. */
  money(n: number): string;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const data = campaign.results;
  return (
    <Card size="small" title={t('campaign.resultsTitle', { file: campaign.name })} style={{ marginBottom: 16 }}>
      {data.unmatched > 0 && (
        <Typography.Paragraph type="warning">
          {t('campaign.unmatched', { n: fmt.int(data.unmatched) })}
        </Typography.Paragraph>
      )}
      {data.matchedBy && (
        <Typography.Paragraph type="secondary" data-testid="campaign-matched-by">
          {t(`presetUi.matchedBy_${data.matchedBy}`)}
        </Typography.Paragraph>
      )}
      <Table<CampaignRow>
        size="small"
        rowKey="segment"
        pagination={false}
        scroll={{ x: true }}
        data-testid="campaign-table"
        dataSource={data.segments.filter((s) => s.test.customers + s.control.customers > 0)}
        columns={campaignColumns(t, fmt, name, money)}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0, fontSize: 12 }}>
        {t('campaign.method')}
      </Typography.Paragraph>
    </Card>
  );
}
