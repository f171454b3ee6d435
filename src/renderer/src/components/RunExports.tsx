import type { MenuProps } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MembersExport, ReportOptions } from '../../../shared/exports';
import type { ControlDraw, PresetExport } from '../../../shared/presets';
import type { WorkspaceInfo } from '../../../shared/schemas';
import type { RunResult } from '../../../shared/segments';
import { call, on } from '../api';
import { useShowError } from '../errors/ErrorProvider';
import { useCall } from '../hooks/useCall';
import { useExportedMessage } from '../hooks/useExportedMessage';
import { useJobRunner } from '../hooks/useJobRunner';
import { useUiLanguage } from '../hooks/useUiLanguage';
import { ExportMembersDialog, type KeptList } from './ExportMembersDialog';
import { JobProgress } from './JobProgress';
import type { Destination } from './preset-export/DestinationSelect';
import { usePresetSavedMessage } from './preset-export/usePresetSavedMessage';
import { ReportDialog } from './ReportDialog';
import { runExportItems } from './run-export-items';
import { useSqlExport } from './sql-export/useSqlExport';

/** A list the run made (only: the churn-risk list) and the format its dialog opens with. */
export interface MembersList {
  only?: MembersExport['only'];
  format?: MembersExport['format'];
  /** A cross-sell list kept with the run: only its customers. */
  list?: KeptList;
  /** Where the list goes (a preset), and the Campaigns page's draw whose control group is left out. */
  destination?: Destination;
  excludeControl?: ControlDraw;
}

/** How the customer-list dialog opens: the segments ticked, or a list the run made, and the format. */
interface Preset {
  initialSegments: number[];
  only?: MembersList['only'];
  initialFormat?: MembersList['format'];
  list?: KeptList;
  initialDestination?: Destination;
  excludeControl?: ControlDraw;
}

/** A run's export menu items, the dialogs behind them, and the customer-list dialog's opener. */
interface RunExports {
  items: MenuProps['items'];
  element: ReactNode;
  openMembers(segments?: number[], list?: MembersList): void;
}

/** What a run's members are: orders (order segments) or customers. */
const listOf = (kept: { result: RunResult } | null) => (kept?.result.model === 'orders' ? 'orders' : 'customers');

/**
 * The run the customer-list dialog shows, read afresh each time it opens (an edit re-makes a run
 * under the same id); kept when it closes, so the dialog can close as a dialog does and give the
 * focus back.
 */
function useFreshRun(open: boolean, runId: number | null) {
  const [kept, setKept] = useState<{ runId: number; result: RunResult } | null>(null);
  const fresh = useCall(
    () => (open && runId !== null ? call('run:get', { runId }).then((d) => ({ runId, result: d.result })) : null),
    [open, runId],
    setKept,
  );
  return { result: open ? fresh.data : kept, kept };
}

/** How the customer-list dialog opens for these segments (none: all) or for a list the run made. */
const presetOf = (segments: number[], list: MembersList): Preset => ({
  initialSegments: segments,
  only: list.only,
  initialFormat: list.format,
  list: list.list,
  initialDestination: list.destination,
  excludeControl: list.excludeControl,
});

/** Where a run's exports are offered. */
interface RunExportsOptions {
  /** File › Export… (Ctrl+E) opens the customer list of this run. */
  listenToMenu?: boolean;
  /** The workspace the run is of: with it the menu offers the run as SQL (or says why it cannot be). */
  workspace?: WorkspaceInfo;
  /** Opens the run editor: what the SQL dialog offers when the run's rules test a field SQL cannot read. */
  onEditRun?: () => void;
}

/**
 * Everything a run can be exported as — the customer list, the segment summary, the report, the
 * run as SQL — as menu items and the dialogs behind them, with progress and the messages that
 * say what was written.
 */
export function useRunExports(
  runId: number | null,
  { listenToMenu = false, workspace, onEditRun }: RunExportsOptions = {},
): RunExports {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const exported = useExportedMessage();
  const presetSaved = usePresetSavedMessage();
  const jobs = useJobRunner();
  const showError = useShowError();
  const [open, setOpen] = useState<'members' | 'report' | null>(null);
  const [preset, setPreset] = useState<Preset>({ initialSegments: [] });
  const { result, kept } = useFreshRun(open === 'members', runId);
  const sql = useSqlExport(runId, workspace, onEditRun);
  useEffect(() => {
    if (!listenToMenu || runId === null) return;
    return on('menu:command', ({ command }) => command === 'export:open' && openMembers());
  }, [listenToMenu, runId]);

  const attempt = async (work: (id: number) => Promise<void>) => {
    setOpen(null);
    if (runId === null) return;
    try {
      await work(runId);
    } catch (err) {
      showError(err);
    }
  };
  const exportMembers = (options: MembersExport) =>
    attempt(async (id) => exported(await jobs.run('export:members', { runId: id, options }), listOf(kept)));
  const exportPreset = (options: PresetExport, suppressionToken: string | undefined) =>
    attempt(async (id) => presetSaved(await jobs.run('export:preset', { runId: id, options, suppressionToken })));
  const exportSummary = (format: 'csv' | 'xlsx') =>
    attempt(async (id) => exported(await call('export:summary', { runId: id, options: { format, lang } }), false));
  const saveReport = (format: 'html' | 'pdf', options: ReportOptions) =>
    attempt(async (id) => exported(await jobs.run('export:report', { runId: id, format, options }), false));

  /** The customer-list dialog, with these segments ticked (none: all), or for a list the run made (the churn-risk list) in a format. */
  function openMembers(segments: number[] = [], list: MembersList = {}) {
    setPreset(presetOf(segments, list));
    setOpen('members');
  }
  const items = runExportItems(t, {
    members: () => openMembers(),
    summary: (format) => void exportSummary(format),
    report: () => setOpen('report'),
    sql: sql ?? undefined,
  });
  const element =
    runId === null ? null : (
      <>
        {result?.runId === runId && (
          <ExportMembersDialog
            open={open === 'members'}
            runId={runId}
            result={result.result}
            {...preset}
            onCancel={() => setOpen(null)}
            onExport={(o) => void exportMembers(o)}
            onPreset={(o, token) => void exportPreset(o, token)}
          />
        )}
        <ReportDialog
          open={open === 'report'}
          runId={runId}
          onCancel={() => setOpen(null)}
          onSave={(f, o) => void saveReport(f, o)}
        />
        {sql?.element}
        <JobProgress job={jobs.active} onCancel={() => void jobs.cancel()} />
      </>
    );
  return { items, element, openMembers };
}
