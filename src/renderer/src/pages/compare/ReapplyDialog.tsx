import { Checkbox, DatePicker, Form, InputNumber, Modal, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { ReapplyRequest } from './reapply-request';

interface ReapplyValues {
  analysisDate?: Dayjs | null;
  windowDays?: number | null;
  recompute?: boolean;
}

/** Re-apply a run to a later analysis day or a window of days (optionally re-cutting its scores). */
export function ReapplyDialog({
  open,
  onRun,
  onCancel,
}: {
  open: boolean;
  onRun(request: ReapplyRequest): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ReapplyValues>();
  const run = async () => {
    const v = await form.validateFields();
    onRun({
      ...(v.analysisDate ? { analysisDate: v.analysisDate.format('YYYY-MM-DD') } : {}),
      ...(v.windowDays ? { windowDays: v.windowDays } : {}),
      ...(v.recompute ? { recompute: true } : {}),
    });
  };
  return (
    <Modal
      open={open}
      title={t('compare.reapplyTitle')}
      okText={t('compare.reapplyRun')}
      cancelText={t('common.cancel')}
      onOk={() => void run()}
      onCancel={onCancel}
      okButtonProps={{ 'data-testid': 'reapply-run' } as never}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('compare.reapplyHint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="analysisDate" label={t('segments.analysisDate')} tooltip={t('compare.reapplyDateHint')}>
          <DatePicker data-testid="reapply-date" />
        </Form.Item>
        <Form.Item name="windowDays" label={t('compare.window')} tooltip={t('compare.windowHint')}>
          <InputNumber min={1} max={36500} style={{ width: 160 }} data-testid="reapply-window" />
        </Form.Item>
        <Form.Item name="recompute" valuePropName="checked">
          <Checkbox data-testid="reapply-recompute">{t('compare.recompute')}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
