import { Alert, Button, Card, Flex, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * While the Overview is worked out: how far, with Cancel; once it was cancelled (or failed: the
 * error dialog said why), a line that says so with a button to work it out again.
 */
export function OverviewLoading({
  loading,
  fraction,
  onCancel,
  onReload,
}: {
  loading: boolean;
  fraction: number;
  onCancel(): void;
  onReload(): void;
}) {
  const { t } = useTranslation();
  if (!loading)
    return (
      <Alert
        type="info"
        showIcon
        message={t('overview.notShown')}
        action={<Button onClick={onReload}>{t('overview.showIt')}</Button>}
        data-testid="overview-not-shown"
      />
    );
  return (
    <Card size="small" data-testid="overview-loading">
      <Typography.Paragraph>{t('overview.computing')}</Typography.Paragraph>
      <Flex gap={12} align="center">
        <Progress percent={Math.round(fraction * 100)} status="active" style={{ flex: 1, margin: 0 }} />
        <Button onClick={onCancel} data-testid="overview-cancel">
          {t('job.cancel')}
        </Button>
      </Flex>
    </Card>
  );
}
