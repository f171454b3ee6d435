import { Checkbox, Form, Segmented, Select } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PresetCheck } from '../../../../shared/contract/preset-requests';
import type { ExportColumn } from '../../../../shared/exports';
import { CONTACT_FIELDS, HASHED_PRESETS, type ExportPreset } from '../../../../shared/presets';
import { useUiLanguage } from '../../hooks/useUiLanguage';
import type { PresetDraft } from './preset-draft';

interface Props {
  preset: ExportPreset;
  draft: PresetDraft;
  onDraft(patch: Partial<PresetDraft>): void;
  columns: ExportColumn[];
  check: PresetCheck | null;
}

/** How a preset writes its file: the phones' default country, Klaviyo's properties, what is masked, the encoding. */
export function PresetFields({ preset, draft, onDraft, columns, check }: Props) {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const id = useId();
  const hashed = HASHED_PRESETS.includes(preset);
  return (
    <>
      {preset === 'klaviyo' && (
        <Form.Item label={t('presetUi.properties')} htmlFor={`${id}-props`} extra={t('presetUi.propertiesHint')}>
          <Select
            id={`${id}-props`}
            mode="multiple"
            allowClear
            value={draft.properties}
            onChange={(properties) => onDraft({ properties })}
            options={columns.filter((c) => c.group !== 'id').map((c) => ({ value: c.key, label: c.label[lang] }))}
            data-testid="preset-properties"
          />
        </Form.Item>
      )}
      {!hashed && (
        <Form.Item label={t('export.mask')} extra={t('presetUi.maskHint')}>
          <Checkbox.Group
            value={draft.mask}
            onChange={(mask) => onDraft({ mask })}
            options={CONTACT_FIELDS.filter((f) => check?.contacts[f] !== undefined).map((f) => ({
              value: f,
              label: t(`presetUi.field_${f}`),
            }))}
            data-testid="preset-mask"
          />
        </Form.Item>
      )}
      {preset === 'chinaTags' && (
        <Form.Item label={t('export.encoding')}>
          <Segmented<PresetDraft['encoding']>
            value={draft.encoding}
            onChange={(encoding) => onDraft({ encoding })}
            options={[
              { value: 'utf8', label: t('presetUi.encoding_utf8') },
              { value: 'gbk', label: t('presetUi.encoding_gbk') },
            ]}
            data-testid="preset-encoding"
          />
        </Form.Item>
      )}
    </>
  );
}
