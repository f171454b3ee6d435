import { Alert, Form, Modal, type ModalProps, Segmented, Select, Typography } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportEncoding, MembersExport } from '../../../shared/exports';
import type { PresetCheck } from '../../../shared/contract/preset-requests';
import type { ControlDraw, ExportPreset, PresetExport } from '../../../shared/presets';
import type { RunResult } from '../../../shared/segments';
import { useExportColumns } from '../hooks/useExportColumns';
import { useFormat } from '../hooks/useFormat';
import { useUiLanguage } from '../hooks/useUiLanguage';
import { ColumnsChoice } from './ColumnsChoice';
import { type CsvDelimiter, CsvOptions } from './CsvOptions';
import { type Destination, DestinationSelect } from './preset-export/DestinationSelect';
import { PresetCountsAlert } from './preset-export/PresetCountsAlert';
import { PresetForm } from './preset-export/PresetForm';
import { usePresetDraft } from './preset-export/usePresetDraft';

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
  /** Where the list goes when the dialog opens (a preset from the Campaigns page); else the last choice. */
  initialDestination?: Destination;
  /** The Campaigns page's draw of test and control groups: its control group can be left out. */
  excludeControl?: ControlDraw;
  onCancel(): void;
  /** Runs the export (a worker job with progress); the dialog closes first. */
  onExport(options: MembersExport): void;
  /** Runs a preset export (asks where to save, a worker job); the dialog closes first. */
  onPreset(options: PresetExport, suppressionToken: string | undefined): void;
}

/** A cross-sell list kept with a run, as the export dialog names it. */
export interface KeptList {
  id: number;
  name: string;
  customers: number;
}

interface SegmentsProps {
  id: string;
  segments: number[];
  onChange(s: number[]): void;
}

/** The segments whose customers go into the list (none: all). */
function SegmentsChoice(props: SegmentsProps & { result: RunResult }) {
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

/** What goes into the list: a list the run made, or a choice of segments. */
function ListScope(props: { list?: KeptList; only?: MembersExport['only']; result: RunResult } & SegmentsProps) {
  const { list, only, result } = props;
  if (list) return <KeptListOnly list={list} />;
  if (only) return <OnlyList result={result} />;
  return <SegmentsChoice id={props.id} result={result} segments={props.segments} onChange={props.onChange} />;
}

/** A spreadsheet's format (CSV, or Excel with a sheet per segment). */
function SheetFormat({
  format,
  onChange,
}: {
  format: SheetChoice['format'];
  onChange(f: SheetChoice['format']): void;
}) {
  const { t } = useTranslation();
  return (
    <Form.Item label={t('export.format')}>
      <Segmented<SheetChoice['format']>
        aria-label={t('export.format')}
        value={format}
        onChange={onChange}
        options={[
          { value: 'csv', label: t('export.csv') },
          { value: 'xlsx', label: t('export.xlsx') },
        ]}
        data-testid="export-format"
      />
    </Form.Item>
  );
}

/** A spreadsheet's columns, what is masked, and how a CSV is written. */
function SheetOptions(props: {
  sheet: SheetChoice;
  onSheet(s: SheetChoice): void;
  cols: ReturnType<typeof useExportColumns>;
}) {
  const { sheet, onSheet, cols } = props;
  return (
    <>
      <ColumnsChoice
        columns={cols.columns ?? []}
        chosen={cols.chosen}
        mask={cols.mask}
        onChosen={cols.setChosen}
        onMask={cols.setMask}
      />
      {sheet.format === 'csv' && (
        <CsvOptions
          encoding={sheet.encoding}
          delimiter={sheet.delimiter}
          onEncoding={(encoding) => onSheet({ ...sheet, encoding })}
          onDelimiter={(delimiter) => onSheet({ ...sheet, delimiter })}
        />
      )}
      {!cols.columns && <Alert type="info" title="…" />}
    </>
  );
}

/** A preset's options scroll under the title; the counts and Save stay in sight. */
const PRESET_STYLES: ModalProps['styles'] = {
  body: { maxHeight: 'calc(100vh - 330px)', overflowY: 'auto', paddingInlineEnd: 8 },
};

/** A preset's footer: the counts before saving beside Cancel and Save. */
const presetFooter =
  (preset: ExportPreset, draft: { check: PresetCheck | null; checking: boolean }): ModalProps['footer'] =>
  (_, { OkBtn, CancelBtn }) => (
    <PresetCountsAlert
      preset={preset}
      check={draft.check}
      checking={draft.checking}
      buttons={[<CancelBtn key="cancel" />, <OkBtn key="ok" />]}
    />
  );

/** How a spreadsheet list is written: its format, encoding and delimiter. */
interface SheetChoice {
  format: 'csv' | 'xlsx';
  encoding: ExportEncoding;
  delimiter: CsvDelimiter;
}

/**
 * Which customers and columns go into a target list, where it goes (a spreadsheet or a tool's
 * import file; order segments hold orders, not customers to contact: a spreadsheet only), how it is written.
 */
export function ExportMembersDialog(props: Props) {
  const { open, runId, result, initialSegments, only, list, onCancel, onExport, onPreset } = props;
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const id = useId();
  const [sheet, setSheet] = useState<SheetChoice>({
    format: props.initialFormat ?? 'csv',
    encoding: 'utf8',
    delimiter: ',',
  });
  const [destination, setDestination] = useState<Destination>(props.initialDestination ?? 'spreadsheet');
  // Each opening for a list in a format (the churn panel's buttons) or for a preset (the Campaigns page) starts there; others keep the last one.
  const [wasOpen, setWasOpen] = useState(open);
  if (wasOpen !== open) {
    setWasOpen(open);
    if (open && props.initialFormat) setSheet((c) => ({ ...c, format: props.initialFormat! }));
    if (open && props.initialDestination) setDestination(props.initialDestination);
  }
  const cols = useExportColumns(open, runId, initialSegments);
  const { columns, segments, chosen, mask } = cols;
  const preset = destination === 'spreadsheet' || result.model === 'orders' ? null : destination;
  const scope = { segments, only, listId: list?.id, excludeControl: props.excludeControl, lang };
  const presetDraft = usePresetDraft(open, runId, preset, scope);
  // Saving waits for the default country; a preset whose identifier has no column cannot write anyone.
  const disabled = preset ? !presetDraft.options || Boolean(presetDraft.check?.needs) : !columns || !chosen.length;
  const save = () => {
    if (preset) return presetDraft.options && onPreset(presetDraft.options, presetDraft.draft.suppression?.token);
    const keys = (columns ?? []).map((c) => c.key).filter((k) => chosen.includes(k));
    const segs = !only && !list && segments.length ? segments : undefined;
    onExport({
      ...sheet,
      segments: segs,
      only,
      listId: list?.id,
      columns: keys,
      mask: mask.filter((k) => chosen.includes(k)),
      lang,
    });
  };
  return (
    <Modal
      open={open}
      title={t('export.membersTitle')}
      okText={t('export.save')}
      cancelText={t('common.cancel')}
      onCancel={onCancel}
      okButtonProps={{ disabled, 'data-testid': 'export-members-save' } as never}
      onOk={save}
      footer={preset ? presetFooter(preset, presetDraft) : undefined}
      styles={preset ? PRESET_STYLES : undefined}
      width={640}
      destroyOnHidden
    >
      <Form layout="vertical" data-testid="export-members">
        {result.model !== 'orders' && <DestinationSelect value={destination} onChange={setDestination} />}
        {!preset && <SheetFormat format={sheet.format} onChange={(format) => setSheet({ ...sheet, format })} />}
        <ListScope
          list={list}
          only={only}
          result={result}
          id={`${id}-segments`}
          segments={segments}
          onChange={cols.setSegments}
        />
        {preset ? (
          <PresetForm
            preset={preset}
            {...presetDraft}
            result={result}
            columns={columns ?? []}
            excludeControl={props.excludeControl}
            onLeave={onCancel}
          />
        ) : (
          <SheetOptions sheet={sheet} onSheet={setSheet} cols={cols} />
        )}
      </Form>
    </Modal>
  );
}
