import { Alert, Form, Modal, Segmented, Select } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportEncoding, MembersExport } from '../../../shared/exports';
import type { RunResult } from '../../../shared/segments';
import { useExportColumns } from '../hooks/useExportColumns';
import { useUiLanguage } from '../hooks/useUiLanguage';
import { ColumnsChoice } from './ColumnsChoice';
import { type CsvDelimiter, CsvOptions } from './CsvOptions';

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
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const id = useId();
  const [format, setFormat] = useState<'csv' | 'xlsx'>('csv');
  const [encoding, setEncoding] = useState<ExportEncoding>('utf8');
  const [delimiter, setDelimiter] = useState<CsvDelimiter>(',');
  const { columns, segments, setSegments, chosen, setChosen, mask, setMask } = useExportColumns(
    open,
    runId,
    initialSegments,
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
        <ColumnsChoice columns={columns ?? []} chosen={chosen} mask={mask} onChosen={setChosen} onMask={setMask} />
        {format === 'csv' && (
          <CsvOptions encoding={encoding} delimiter={delimiter} onEncoding={setEncoding} onDelimiter={setDelimiter} />
        )}
        {!columns && <Alert type="info" title="…" />}
      </Form>
    </Modal>
  );
}
