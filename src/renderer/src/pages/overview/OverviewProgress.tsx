import { Button, Card, Flex, Progress, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * While the Overview is worked out: how far, with Cancel, once it has taken 300 ms (a quick
 * answer shows no bar that flashes away). Mounted only while it runs.
 */
export function OverviewProgress({ fraction, onCancel }: { fraction: number; onCancel(): void }) {
  const { t } = useTranslation();
  const [late, setLate] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setLate(true), 300);
    return () => clearTimeout(timer);
  }, []);
  if (!late) return null;
  return (
    <Card size="small" style={{ marginBottom: 16 }} data-testid="overview-loading">
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
