import { Button, Flex, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { InspectJob } from './useInspect';

/** The check reading every row: how far it is, and Stop (the check then speaks of the first rows). */
export function CheckProgress({ job, onStop }: { job: InspectJob; onStop(): void }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={8} style={{ padding: '24px 0' }} data-testid="checking-all">
      <Typography.Text>{t('import.checkingAll')}</Typography.Text>
      <Flex gap={12} align="center">
        <Progress percent={Math.floor(job.fraction * 100)} style={{ flex: 1, margin: 0 }} />
        <Button onClick={onStop} data-testid="stop-checking">
          {t('import.stopChecking')}
        </Button>
      </Flex>
    </Flex>
  );
}
