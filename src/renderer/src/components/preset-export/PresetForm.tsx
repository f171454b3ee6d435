import { Checkbox, Col, Form, Row, Select } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PresetCheck } from '../../../../shared/contract/preset-requests';
import type { ExportColumn } from '../../../../shared/exports';
import type { ControlDraw, ExportPreset } from '../../../../shared/presets';
import type { RunResult } from '../../../../shared/segments';
import { useFormat } from '../../hooks/useFormat';
import { useUiLanguage } from '../../hooks/useUiLanguage';
import type { PresetDraft } from './preset-draft';
import { CountryChoice } from './CountryChoice';
import { PresetContacts } from './PresetContacts';
import { PresetFields } from './PresetFields';
import { SuppressionChoice } from './SuppressionChoice';

interface Props {
  preset: ExportPreset;
  draft: PresetDraft;
  onDraft(patch: Partial<PresetDraft>): void;
  result: RunResult;
  /** The columns a customer list can take (Klaviyo's custom properties are chosen from them). */
  columns: ExportColumn[];
  check: PresetCheck | null;
  datasetId: number | null;
  /** The Campaigns page's draw, when the dialog was opened from it. */
  excludeControl?: ControlDraw;
  /** The dialog closes (the column meanings open instead). */
  onLeave(): void;
}

/** A preset's options: who is never written, the phones' default country, what else goes in, and the counts before saving. */
export function PresetForm(props: Props) {
  const { preset, draft, onDraft, result, columns, check, excludeControl } = props;
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const fmt = useFormat();
  const id = useId();
  const names = (keys: string[]) =>
    keys.map((k) => result.segments.find((s) => s.key === k)?.name[lang] ?? k).join(lang === 'zh-CN' ? '、' : ', ');
  return (
    <>
      <PresetContacts check={check} datasetId={props.datasetId} onMap={props.onLeave} />
      <Form.Item label={t('presetUi.excludeSegments')} htmlFor={`${id}-exclude`}>
        <Select
          id={`${id}-exclude`}
          mode="multiple"
          allowClear
          placeholder={t('presetUi.excludeNone')}
          value={draft.excludeSegments}
          onChange={(excludeSegments) => onDraft({ excludeSegments })}
          options={result.segments.map((s, i) => ({ value: i, label: s.name[lang], disabled: s.customers === 0 }))}
          data-testid="preset-exclude"
        />
      </Form.Item>
      {excludeControl && (
        <Form.Item>
          <Checkbox
            checked={draft.leaveOutControl}
            onChange={(e) => onDraft({ leaveOutControl: e.target.checked })}
            data-testid="preset-control"
          >
            {t('presetUi.leaveOutControl', {
              share: fmt.pct(excludeControl.share),
              segments: names(excludeControl.segments),
              seed: excludeControl.seed,
            })}
          </Checkbox>
        </Form.Item>
      )}
      <Row gutter={16}>
        <Col span={12}>
          <SuppressionChoice file={draft.suppression} onChange={(suppression) => onDraft({ suppression })} />
        </Col>
        {preset !== 'mailchimp' && (
          <Col span={12}>
            <CountryChoice value={draft.defaultCountry} onChange={(defaultCountry) => onDraft({ defaultCountry })} />
          </Col>
        )}
      </Row>
      <PresetFields preset={preset} draft={draft} onDraft={onDraft} columns={columns} check={check} />
      <Form.Item>
        <Checkbox
          checked={draft.droppedFile}
          onChange={(e) => onDraft({ droppedFile: e.target.checked })}
          data-testid="preset-dropped-file"
        >
          {t('presetUi.droppedFile')}
        </Checkbox>
      </Form.Item>
    </>
  );
}
