import { Button, Modal, Progress, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActiveJob } from '../hooks/useJobRunner';

/** Progress of a long job with Cancel; shown only once the job has run for 300 ms. */
export function JobProgress({ job, onCancel }: { job: ActiveJob | null; onCancel(): void }) {
  const { t } = useTranslation();
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    if (!job) {
      setVisible(false);
      return;
    }
    const timer = setTimeout(() => setVisible(true), Math.max(0, 300 - (Date.now() - job.startedAt)));
    return () => clearTimeout(timer);
  }, [job?.jobId]);

  const message = job?.message ? t(`progress.${job.message.key}`, job.message.params ?? {}) : t('job.title');
  return (
    <Modal
      open={visible && job !== null}
      title={t('job.title')}
      closable={false}
      maskClosable={false}
      keyboard={false}
      footer={
        <Button onClick={onCancel} disabled={job?.cancelling} data-testid="job-cancel">
          {job?.cancelling ? t('job.cancelling') : t('job.cancel')}
        </Button>
      }
    >
      <Typography.Paragraph>{message}</Typography.Paragraph>
      <Progress percent={Math.round((job?.fraction ?? 0) * 100)} status="active" />
    </Modal>
  );
}
