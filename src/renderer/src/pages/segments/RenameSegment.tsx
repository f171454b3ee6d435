import { Form, Input, Modal } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { SegmentName, SegmentSummary } from '../../../../shared/segments';
import { useUiLanguage } from '../../hooks/useUiLanguage';

type Names = Record<keyof SegmentName, string | undefined>;

/** The other UI language's key. */
const otherOf = (lang: keyof SegmentName): keyof SegmentName => (lang === 'en' ? 'zh-CN' : 'en');

/** The names as typed, trimmed; the other language's empty name falls back to the UI language's. */
export function namesFrom(values: Names, lang: keyof SegmentName): SegmentName {
  const first = (values[lang] ?? '').trim();
  const other = (values[otherOf(lang)] ?? '').trim() || first;
  return lang === 'en' ? { en: first, 'zh-CN': other } : { en: other, 'zh-CN': first };
}

/**
 * Renames a segment: its name in the UI language (required), then in the other language
 * (optional: left empty, it takes the first). The run is re-made with the new name.
 */
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
  const lang = useUiLanguage();
  const other = otherOf(lang);
  const [form] = Form.useForm<Names>();
  // The form keeps its first initial values: each opening shows the names of the segment it opened for.
  useEffect(() => {
    if (segment) form.setFieldsValue(segment.name);
  }, [segment, form]);
  const label = (l: keyof SegmentName) => t(l === 'en' ? 'rules.nameEn' : 'rules.nameZh');
  const submit = () =>
    form.validateFields().then(
      (values) => onRename(namesFrom(values, lang)),
      // A name that does not validate stays in the form, its field says why.
      () => undefined,
    );
  return (
    <Modal
      open={segment !== null}
      title={t('rules.renameSegment')}
      okText={t('rules.rename')}
      cancelText={t('common.cancel')}
      onCancel={onCancel}
      onOk={() => void submit()}
      okButtonProps={{ 'data-testid': 'rename-ok' } as never}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={segment?.name} preserve={false} onFinish={() => void submit()}>
        <Form.Item
          name={lang}
          label={label(lang)}
          rules={[
            { required: true, whitespace: true, message: t('rules.nameRequired') },
            { max: 80, message: t('rules.nameTooLong', { max: 80 }) },
          ]}
        >
          <Input data-testid={`rename-${lang === 'en' ? 'en' : 'zh'}`} autoFocus />
        </Form.Item>
        <Form.Item
          name={other}
          label={t('rules.nameOptional', { label: label(other) })}
          extra={t('rules.nameFallback')}
          rules={[{ max: 80, message: t('rules.nameTooLong', { max: 80 }) }]}
        >
          <Input data-testid={`rename-${other === 'en' ? 'en' : 'zh'}`} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
