import { Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SegmentName, SegmentSummary } from '../../../../shared/segments';

/** Renames a segment in both UI languages; the run is re-made with the new name. */
export function RenameSegment({
  segment,
  onRename,
  onCancel,
}: {
  segment: SegmentSummary | null;
  onRename(name: SegmentName): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<SegmentName>();
  return (
    <Modal
      open={segment !== null}
      title={t('rules.renameSegment')}
      okText={t('rules.rename')}
      cancelText={t('common.cancel')}
      onCancel={onCancel}
      // A name that does not validate stays in the form, its fields say why.
      onOk={() => void form.validateFields().then(onRename, () => undefined)}
      okButtonProps={{ 'data-testid': 'rename-ok' } as never}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={segment?.name} preserve={false}>
        <Form.Item name="zh-CN" label={t('rules.nameZh')} rules={[{ required: true, whitespace: true, max: 80 }]}>
          <Input data-testid="rename-zh" />
        </Form.Item>
        <Form.Item name="en" label={t('rules.nameEn')} rules={[{ required: true, whitespace: true, max: 80 }]}>
          <Input data-testid="rename-en" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
