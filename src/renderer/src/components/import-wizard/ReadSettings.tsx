import { Flex, Form, InputNumber, Select, Switch } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DELIMITERS,
  ENCODINGS,
  MAX_SKIP_ROWS,
  type Delimiter,
  type Encoding,
} from '../../../../shared/import-settings';
import type { StepProps } from './step-props';

const DELIMITER_KEYS: Record<string, string> = {
  ',': 'comma',
  ';': 'semicolon',
  '\t': 'tab',
  '|': 'pipe',
  whitespace: 'whitespace',
};

/** How the file is read: encoding and delimiter (CSV), sheet (XLSX), rows to skip, header row; what was detected as a hint. */
export function ReadSettings({ result, settings, update }: StepProps) {
  const { t } = useTranslation();
  const id = useId();
  const detected = (value: string | null, label: string) =>
    value === null ? undefined : t('import.detected', { value: label });
  return (
    <Flex gap={16} wrap align="center" style={{ marginBottom: 12 }}>
      {result.format === 'csv' && (
        <>
          <Form.Item label={t('import.encoding')} htmlFor={`${id}-encoding`} style={{ margin: 0 }}>
            <Select
              id={`${id}-encoding`}
              style={{ width: 260 }}
              data-testid="encoding-select"
              value={settings.encoding ?? (result.encoding as Encoding | null) ?? undefined}
              placeholder={detected(result.encoding, result.encoding ?? '')}
              onChange={(encoding: Encoding) => update({ encoding })}
              options={ENCODINGS.map((e) => ({ value: e, label: t(`encodings.${e}`) }))}
            />
          </Form.Item>
          <Form.Item label={t('import.delimiter')} htmlFor={`${id}-delimiter`} style={{ margin: 0 }}>
            <Select
              id={`${id}-delimiter`}
              style={{ width: 200 }}
              value={settings.delimiter ?? (result.delimiter as Delimiter | null) ?? undefined}
              onChange={(delimiter: Delimiter) => update({ delimiter })}
              options={DELIMITERS.map((d) => ({ value: d, label: t(`delimiters.${DELIMITER_KEYS[d]}`) }))}
            />
          </Form.Item>
        </>
      )}
      {result.sheets.length > 0 && (
        <Form.Item label={t('import.sheet')} htmlFor={`${id}-sheet`} style={{ margin: 0 }}>
          <Select
            id={`${id}-sheet`}
            style={{ width: 200 }}
            value={settings.sheet ?? result.sheet ?? undefined}
            onChange={(sheet) => update({ sheet, types: undefined })}
            options={result.sheets.map((s) => ({ value: s, label: s }))}
          />
        </Form.Item>
      )}
      <Form.Item
        label={t('import.skipRows')}
        tooltip={t('import.skipRowsHelp')}
        htmlFor={`${id}-skip`}
        style={{ margin: 0 }}
      >
        <InputNumber
          id={`${id}-skip`}
          min={0}
          max={MAX_SKIP_ROWS}
          style={{ width: 72 }}
          data-testid="skip-rows"
          value={settings.skipRows ?? result.skipRows}
          onChange={(n) => typeof n === 'number' && update({ skipRows: n, types: undefined, roles: undefined })}
        />
      </Form.Item>
      <Form.Item label={t('import.header')} htmlFor={`${id}-header`} style={{ margin: 0 }}>
        <Switch
          id={`${id}-header`}
          checked={settings.header ?? result.header}
          onChange={(header) => update({ header, types: undefined, roles: undefined })}
        />
      </Form.Item>
    </Flex>
  );
}
