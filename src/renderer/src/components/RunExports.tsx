import { App, type MenuProps } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportResult, MembersExport, ReportOptions } from '../../../shared/exports';
import type { RunResult } from '../../../shared/segments';
import { call, on } from '../api';
import { useShowError } from '../errors/ErrorProvider';
import { useCall } from '../hooks/useCall';
import { useFormat } from '../hooks/useFormat';
import { useJobRunner } from '../hooks/useJobRunner';
import { ExportMembersDialog } from './ExportMembersDialog';
import { JobProgress } from './JobProgress';
import { ReportDialog } from './ReportDialog';

/**
 * Everything a run can be exported as — the customer list, the segment summary, the report —
 * as menu items and the dialogs behind them, with progress and the messages that say what was
 * written. `listenToMenu`: File › Export… (Ctrl+E) opens the customer list of this run.
 */
export function useRunExports(
  runId: number | null,
  listenToMenu = false,
): { items: MenuProps['items']; element: ReactNode; openMembers(segments?: number[]): void } {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const { message } = App.useApp();
  const jobs = useJobRunner();
  const showError = useShowError();
  const lang = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  const [open, setOpen] = useState<'members' | 'report' | null>(null);
  const [preset, setPreset] = useState<number[]>([]);
  const [kept, setKept] = useState<{ runId: number; result: RunResult } | null>(null);

  useEffect(() => {
    if (!listenToMenu || runId === null) return;
    return on('menu:command', ({ command }) => command === 'export:open' && openMembers());
  }, [listenToMenu, runId]);
  // The run is read afresh each time the dialog opens: an edit re-makes a run under the same id.
  // It is kept when the dialog closes, so the dialog can close as a dialog does and give the focus back.
  const fresh = useCall(
    () =>
      open === 'members' && runId !== null
        ? call('run:get', { runId }).then((d) => ({ runId, result: d.result }))
        : null,
    [open, runId],
    setKept,
  );
  const result = open === 'members' ? fresh.data : kept;

  /** Says what an export wrote (and what GBK could not hold); nothing when the user cancelled the save dialog. */
  const exported = (saved: ExportResult | null, customers: boolean) => {
    if (!saved) return;
    message.success(
      customers
        ? t('export.saved', { count: saved.rows, n: fmt.int(saved.rows), file: saved.fileName })
        : t('export.savedFile', { file: saved.fileName }),
    );
    if (saved.replaced > 0) message.warning(t('export.replaced', { count: fmt.int(saved.replaced) }));
  };
  const attempt = async (work: () => Promise<void>) => {
    setOpen(null);
    try {
      await work();
    } catch (err) {
      showError(err);
    }
  };
  const exportMembers = (options: MembersExport) =>
    attempt(async () => exported(await jobs.run('export:members', { runId: runId!, options }), true));
  const exportSummary = (format: 'csv' | 'xlsx') =>
    attempt(async () => exported(await call('export:summary', { runId: runId!, options: { format, lang } }), false));
  const saveReport = (format: 'html' | 'pdf', options: ReportOptions) =>
    attempt(async () => exported(await jobs.run('export:report', { runId: runId!, format, options }), false));

  /** The customer-list dialog, with these segments ticked (none: all). */
  function openMembers(segments: number[] = []) {
    setPreset(segments);
    setOpen('members');
  }
  const items: MenuProps['items'] = [
    {
      key: 'members',
      label: <span data-testid="export-members-open">{t('export.members')}</span>,
      onClick: () => openMembers(),
    },
    {
      key: 'summaryCsv',
      label: <span data-testid="export-summary-csv">{t('export.summaryCsv')}</span>,
      onClick: () => void exportSummary('csv'),
    },
    {
      key: 'summaryXlsx',
      label: <span data-testid="export-summary-xlsx">{t('export.summaryXlsx')}</span>,
      onClick: () => void exportSummary('xlsx'),
    },
    { type: 'divider' },
    {
      key: 'report',
      label: <span data-testid="export-report-open">{t('export.report')}</span>,
      onClick: () => setOpen('report'),
    },
  ];
  const element =
    runId === null ? null : (
      <>
        {result?.runId === runId && (
          <ExportMembersDialog
            open={open === 'members'}
            runId={runId}
            result={result.result}
            initialSegments={preset}
            onCancel={() => setOpen(null)}
            onExport={(o) => void exportMembers(o)}
          />
        )}
        <ReportDialog
          open={open === 'report'}
          runId={runId}
          onCancel={() => setOpen(null)}
          onSave={(f, o) => void saveReport(f, o)}
        />
        <JobProgress job={jobs.active} onCancel={() => void jobs.cancel()} />
      </>
    );
  return { items, element, openMembers };
}
