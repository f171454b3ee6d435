import { Alert, Form, Modal, Segmented, Select, Typography } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportEncoding, MembersExport } from '../../../shared/exports';
import type { RunResult } from '../../../shared/segments';
import { useExportColumns } from '../hooks/useExportColumns';
import { useFormat } from '../hooks/useFormat';
import { useUiLanguage } from '../hooks/useUiLanguage';
import { ColumnsChoice } from './ColumnsChoice';
import { type CsvDelimiter, CsvOptions } from './CsvOptions';

interface Props {
  open: boolean;
  runId: number;
  result: RunResult;
  /** The segments ticked when the dialog opens (all when empty). */
  initialSegments?: number[];
  /** Only the customers on a list the run made (a CLV run's churn-risk list) instead of a choice of segments. */
  only?: MembersExport['only'];
  /** Only the customers on a cross-sell list kept with the run, instead of a choice of segments. */
  list?: KeptList;
  /** The format chosen when the dialog opens (CSV when left out). */
  initialFormat?: MembersExport['format'];
  onCancel(): void;
  /** Runs the export (a worker job with progress); the dialog closes first. */
  onExport(options: MembersExport): void;
}

/** A cross-sell list kept with a run, as the export dialog names it. */
export interface KeptList {
  id: number;
  name: string;
  customers: number;
}

/** The segments whose customers go into the list (none: all). */
function SegmentsChoice(props: { id: string; result: RunResult; segments: number[]; onChange(s: number[]): void }) {
  const { id, result, segments, onChange } = props;
  const { t } = useTranslation();
  const lang = useUiLanguage();
  return (
    <Form.Item label={t('export.segments')} htmlFor={id}>
      <Select
        id={id}
        mode="multiple"
        allowClear
        placeholder={t('export.allSegments')}
        value={segments}
        onChange={onChange}
        options={result.segments.map((s, i) => ({
          value: i,
          label: `${s.name[lang]} (${s.customers})`,
          disabled: s.customers === 0,
        }))}
        data-testid="export-segments"
      />
    </Form.Item>
  );
}

/** In place of the segments: the list the export holds (the churn-risk list) and how many customers it has. */
function OnlyList({ result }: { result: RunResult }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const n = result.clv?.churn.customers ?? 0;
  return (
    <Form.Item label={t('export.segments')}>
      <Typography.Text data-testid="export-only">
        {t('clvChurn.exportOnly', { count: n, n: fmt.int(n) })}
      </Typography.Text>
    </Form.Item>
  );
}

/** In place of the segments: the cross-sell list the export holds and how many customers it has. */
function KeptListOnly({ list }: { list: KeptList }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Form.Item label={t('export.segments')}>
      <Typography.Text data-testid="export-list">
        {t('basketUi.exportList', { name: list.name, n: fmt.int(list.customers) })}
      </Typography.Text>
    </Form.Item>
  );
}

/** Which customers and columns go into a target list, how it is written, and which personal columns are masked. */
export function ExportMembersDialog(props: Props) {
  const { open, runId, result, initialSegments, only, list, onCancel, onExport } = props;
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const id = useId();
  const [format, setFormat] = useState<'csv' | 'xlsx'>(props.initialFormat ?? 'csv');
  // Each opening for a list in a format (the churn panel's buttons) starts in that format; others keep the last one.
  const [wasOpen, setWasOpen] = useState(open);
  if (wasOpen !== open) {
    setWasOpen(open);
    if (open && props.initialFormat) setFormat(props.initialFormat);
  }
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
          segments: !only && !list && segments.length ? segments : undefined,
          only,
          listId: list?.id,
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
        {list ? (
          <KeptListOnly list={list} />
        ) : only ? (
          <OnlyList result={result} />
        ) : (
          <SegmentsChoice id={`${id}-segments`} result={result} segments={segments} onChange={setSegments} />
        )}
        <ColumnsChoice columns={columns ?? []} chosen={chosen} mask={mask} onChosen={setChosen} onMask={setMask} />
        {format === 'csv' && (
          <CsvOptions encoding={encoding} delimiter={delimiter} onEncoding={setEncoding} onDelimiter={setDelimiter} />
        )}
        {!columns && <Alert type="info" title="…" />}
      </Form>
    </Modal>
  );
}
