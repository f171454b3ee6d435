import { Form, Select, Typography } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPORT_PRESETS, type ExportPreset } from '../../../../shared/presets';

/** Where a customer list goes: a spreadsheet (the columns chosen) or the import file of a tool. */
export type Destination = 'spreadsheet' | ExportPreset;

/** "Where is this list going?": a spreadsheet or one of the presets, each with a line on what its file is for. */
export function DestinationSelect({ value, onChange }: { value: Destination; onChange(d: Destination): void }) {
  const { t } = useTranslation();
  const id = useId();
  const options = (['spreadsheet', ...EXPORT_PRESETS] as const).map((d) => ({
    value: d,
    label: t(`presetUi.dest_${d}`),
    description: t(`presetUi.destHint_${d}`),
  }));
  return (
    <Form.Item
      label={t('presetUi.destination')}
      htmlFor={id}
      extra={<span data-testid="preset-description">{t(`presetUi.destHint_${value}`)}</span>}
    >
      <Select
        id={id}
        value={value}
        onChange={onChange}
        options={options}
        listHeight={360}
        optionRender={(o) => (
          <div style={{ whiteSpace: 'normal', paddingBlock: 2 }}>
            <div>{o.data.label}</div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {o.data.description}
            </Typography.Text>
          </div>
        )}
        data-testid="export-destination"
      />
    </Form.Item>
  );
}
