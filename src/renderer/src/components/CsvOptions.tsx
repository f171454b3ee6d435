import { Form, Select, Space } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportEncoding } from '../../../shared/exports';

export type CsvDelimiter = ',' | ';' | '\t';

/** How a CSV list is written: its encoding (UTF-8 with BOM, GBK, GB18030) and its delimiter. */
export function CsvOptions({
  encoding,
  delimiter,
  onEncoding,
  onDelimiter,
}: {
  encoding: ExportEncoding;
  delimiter: CsvDelimiter;
  onEncoding(encoding: ExportEncoding): void;
  onDelimiter(delimiter: CsvDelimiter): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <Space size={16} wrap>
      <Form.Item label={t('export.encoding')} htmlFor={`${id}-encoding`}>
        <Select
          id={`${id}-encoding`}
          style={{ width: 300 }}
          value={encoding}
          onChange={onEncoding}
          options={(['utf8', 'gbk', 'gb18030'] as const).map((e) => ({
            value: e,
            label: t(`export.encoding_${e}`),
          }))}
          data-testid="export-encoding"
        />
      </Form.Item>
      <Form.Item label={t('export.delimiter')} htmlFor={`${id}-delimiter`}>
        <Select
          id={`${id}-delimiter`}
          style={{ width: 160 }}
          value={delimiter}
          onChange={onDelimiter}
          options={[
            { value: ',', label: t('export.delimiter_comma') },
            { value: ';', label: t('export.delimiter_semicolon') },
            { value: '\t', label: t('export.delimiter_tab') },
          ]}
          data-testid="export-delimiter"
        />
      </Form.Item>
    </Space>
  );
}
