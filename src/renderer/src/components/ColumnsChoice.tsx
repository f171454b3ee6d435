import { Checkbox, Form, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ExportColumn } from '../../../shared/exports';
import { useUiLanguage } from '../hooks/useUiLanguage';

/** The columns a customer list takes (personal data tagged), and which of them are masked. */
export function ColumnsChoice({
  columns,
  chosen,
  mask,
  onChosen,
  onMask,
}: {
  columns: ExportColumn[];
  chosen: string[];
  mask: string[];
  onChosen(keys: string[]): void;
  onMask(keys: string[]): void;
}) {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  // The customer id and the customers' own columns can be masked (not scores or features); those detected as personal data are ticked at the start.
  const maskable = columns.filter((c) => (c.group === 'id' || c.group === 'attribute') && chosen.includes(c.key));
  return (
    <>
      <Form.Item label={t('export.columns')}>
        <Checkbox.Group value={chosen} onChange={(v) => onChosen(v as string[])} data-testid="export-columns">
          <Space wrap size={[12, 4]}>
            {columns.map((c) => (
              <Checkbox key={c.key} value={c.key}>
                {c.label[lang]}
                {c.personal && (
                  <Tag color="orange" style={{ marginInlineStart: 4 }}>
                    {t(`export.personal_${c.personal}`)}
                  </Tag>
                )}
              </Checkbox>
            ))}
          </Space>
        </Checkbox.Group>
      </Form.Item>
      {maskable.length > 0 && (
        <Form.Item label={t('export.mask')} extra={t('export.maskHint')}>
          <Checkbox.Group
            value={mask}
            onChange={(v) => onMask(v as string[])}
            options={maskable.map((c) => ({ value: c.key, label: c.label[lang] }))}
            data-testid="export-mask"
          />
        </Form.Item>
      )}
    </>
  );
}
