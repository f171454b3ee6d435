import { Alert, Checkbox, Form, Modal, Segmented, Select, Space, Tag } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportColumn, ExportEncoding, MembersExport } from '../../../shared/exports';
import type { RunResult } from '../../../shared/segments';
import { call } from '../api';
import { useCall } from '../hooks/useCall';

interface Props {
  open: boolean;
  runId: number;
  result: RunResult;
  /** The segments ticked when the dialog opens (all when empty). */
  initialSegments?: number[];
  onCancel(): void;
  /** Runs the export (a worker job with progress); the dialog closes first. */
  onExport(options: MembersExport): void;
}

/** Which customers and columns go into a target list, how it is written, and which personal columns are masked. */
export function ExportMembersDialog({ open, runId, result, initialSegments, onCancel, onExport }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  const id = useId();
  const [columns, setColumns] = useState<ExportColumn[] | null>(null);
  const [format, setFormat] = useState<'csv' | 'xlsx'>('csv');
  const [segments, setSegments] = useState<number[]>([]);
  const [chosen, setChosen] = useState<string[]>([]);
  const [mask, setMask] = useState<string[]>([]);
  const [encoding, setEncoding] = useState<ExportEncoding>('utf8');
  const [delimiter, setDelimiter] = useState<',' | ';' | '\t'>(',');

  // The columns are kept when the dialog closes (it closes as a dialog does); each opening reads them afresh.
  useCall(
    () => (open ? call('export:columns', { runId }) : null),
    [open, runId],
    ({ columns: list }) => {
      setColumns(list);
      setChosen(list.filter((c) => c.standard).map((c) => c.key));
      // Detected personal data is masked unless unticked; the customer id only when asked (lists are matched on it).
      setMask(list.filter((c) => c.personal && c.group !== 'id').map((c) => c.key));
      setSegments(initialSegments ?? []);
    },
  );

  // The customer id and the customers' own columns can be masked (not scores or features); those detected as personal data are ticked at the start.
  const maskable = (columns ?? []).filter(
    (c) => (c.group === 'id' || c.group === 'attribute') && chosen.includes(c.key),
  );
  return (
    <Modal
      open={open}
      title={t('export.membersTitle')}
      okText={t('export.save')}
      cancelText={t('common.cancel')}
      onCancel={onCancel}
      okButtonProps={{ disabled: !columns || chosen.length === 0, 'data-testid': 'export-members-save' } as never}
      onOk={() =>
        onExport({
          format,
          segments: segments.length ? segments : undefined,
          columns: (columns ?? []).map((c) => c.key).filter((k) => chosen.includes(k)),
          mask: mask.filter((k) => chosen.includes(k)),
          encoding,
          delimiter,
          lang,
        })
      }
      width={640}
      destroyOnHidden
    >
      <Form layout="vertical" data-testid="export-members">
        <Form.Item label={t('export.format')}>
          <Segmented
            aria-label={t('export.format')}
            value={format}
            onChange={(v) => setFormat(v as 'csv' | 'xlsx')}
            options={[
              { value: 'csv', label: t('export.csv') },
              { value: 'xlsx', label: t('export.xlsx') },
            ]}
            data-testid="export-format"
          />
        </Form.Item>
        <Form.Item label={t('export.segments')} htmlFor={`${id}-segments`}>
          <Select
            id={`${id}-segments`}
            mode="multiple"
            allowClear
            placeholder={t('export.allSegments')}
            value={segments}
            onChange={setSegments}
            options={result.segments.map((s, i) => ({
              value: i,
              label: `${s.name[lang]} (${s.customers})`,
              disabled: s.customers === 0,
            }))}
            data-testid="export-segments"
          />
        </Form.Item>
        <Form.Item label={t('export.columns')}>
          <Checkbox.Group value={chosen} onChange={(v) => setChosen(v as string[])} data-testid="export-columns">
            <Space wrap size={[12, 4]}>
              {(columns ?? []).map((c) => (
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
              onChange={(v) => setMask(v as string[])}
              options={maskable.map((c) => ({ value: c.key, label: c.label[lang] }))}
              data-testid="export-mask"
            />
          </Form.Item>
        )}
        {format === 'csv' && (
          <Space size={16} wrap>
            <Form.Item label={t('export.encoding')} htmlFor={`${id}-encoding`}>
              <Select
                id={`${id}-encoding`}
                style={{ width: 300 }}
                value={encoding}
                onChange={setEncoding}
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
                onChange={setDelimiter}
                options={[
                  { value: ',', label: t('export.delimiter_comma') },
                  { value: ';', label: t('export.delimiter_semicolon') },
                  { value: '\t', label: t('export.delimiter_tab') },
                ]}
                data-testid="export-delimiter"
              />
            </Form.Item>
          </Space>
        )}
        {!columns && <Alert type="info" title="…" />}
      </Form>
    </Modal>
  );
}
