import { Button, Modal, Progress, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActiveJob } from '../hooks/useJobRunner';

/** Progress of a long job with Cancel; shown only once the job has run for 300 ms. */
export function JobProgress({ job, onCancel }: { job: ActiveJob | null; onCancel(): void }) {
  const { t } = useTranslation();
  // The job that has run long enough to be shown; another job (or none) hides the dialog until its own 300 ms pass.
  const [shownJob, setShownJob] = useState<string | null>(null);
  const jobId = job?.jobId;
  const startedAt = job?.startedAt;
  useEffect(() => {
    if (jobId === undefined || startedAt === undefined) return;
    const timer = setTimeout(() => setShownJob(jobId), Math.max(0, 300 - (Date.now() - startedAt)));
    return () => clearTimeout(timer);
  }, [jobId, startedAt]);
  const visible = job !== null && shownJob === job.jobId;

  const message = job?.message ? t(`progress.${job.message.key}`, job.message.params ?? {}) : t('job.title');
  return (
    <Modal
      open={visible}
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
