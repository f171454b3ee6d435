import { DownloadOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceInfo } from '../../../../shared/schemas';
import { EmptyState } from '../../components/EmptyState';
import { JobProgress } from '../../components/JobProgress';
import { MenuDropdown } from '../../components/MenuDropdown';
import { useRunExports } from '../../components/RunExports';
import { WriteAction } from '../../components/WriteAction';
import { RunSelect } from '../../components/RunSelect';
import { useJobRunner } from '../../hooks/useJobRunner';
import type { HeatMetric } from './heat-metric';
import { BackToOverview } from './BackToOverview';
import { NewRunButton } from './NewRunButton';
import { MadeBefore } from './MadeBefore';
import { RunResultView } from './RunResultView';
import { useRunDetails } from './useRunDetails';
import { useRunEditor } from './useRunEditor';
import { runCurrency } from './run-currency';

export interface SegmentsPageProps {
  workspace: WorkspaceInfo;
  onChanged(): void;
  /** The run shown (null: the newest), kept by the shell so coming back shows it again. */
  selectedId: number | null;
  onSelect(runId: number): void;
  /** Back to the Overview. */
  onOverview(): void;
}

/** Segmentation runs: create one (RFM with the 11 segments or the 8 classes), and see its segments, personas and playbook. */
export function SegmentsPage({ workspace, onChanged, selectedId, onSelect: setSelectedId, ...nav }: SegmentsPageProps) {
  const { t } = useTranslation();
  const jobs = useJobRunner();
  const [heatMetric, setHeatMetric] = useState<HeatMetric>('customers');
  const runs = workspace.runs;
  const selected = runs.find((r) => r.id === selectedId) ?? runs[runs.length - 1] ?? null;
  const { details, setNotes } = useRunDetails(selected);
  const editor = useRunEditor({ workspace, details, jobs, onChanged, onSelect: setSelectedId });
  // Ctrl/Cmd+E (File → Export…) opens the customer-list export of the run on screen; SQL refused for its rules offers the editor.
  const exportsHere = { listenToMenu: true, workspace, onEditRun: editor.startEdit };
  const runExports = useRunExports(details?.runId ?? null, exportsHere);
  const progress = <JobProgress job={jobs.active} onCancel={() => void jobs.cancel()} />;
  const newRun = <NewRunButton onClick={editor.startNew} />;

  if (workspace.datasets.length === 0 || (runs.length === 0 && !jobs.active)) {
    const hasData = workspace.datasets.length > 0;
    return (
      <div className="page">
        <EmptyState
          testId="segments-empty"
          title={t('segments.emptyTitle')}
          hint={hasData ? t('segments.emptyRunHint') : t('segments.emptyHint')}
          action={hasData ? newRun : undefined}
        />
        {editor.element}
        {progress}
      </div>
    );
  }

  const currency = runCurrency(workspace, selected?.id);
  return (
    <div className="page" data-testid="segments-page">
      <BackToOverview workspace={workspace} onClick={nav.onOverview} />
      <Flex justify="space-between" align="center" style={{ marginBottom: 16 }} gap={12}>
        <RunSelect
          runs={runs}
          value={selected?.id}
          onChange={setSelectedId}
          label={t('a11y.runSelect')}
          testId="run-select"
          minWidth={360}
        />
        <Flex gap={8}>
          <MenuDropdown disabled={!details} menu={{ items: runExports.items }}>
            <Button icon={<DownloadOutlined />} data-testid="export-menu">
              {t('export.button')}
            </Button>
          </MenuDropdown>
          <WriteAction>
            <Button icon={<EditOutlined />} disabled={!details} onClick={editor.startEdit} data-testid="edit-run">
              {t('rules.editRun')}
            </Button>
          </WriteAction>
          {newRun}
        </Flex>
      </Flex>
      {selected && details?.runId === selected.id && (
        <MadeBefore run={selected} spec={details.spec} workspace={workspace} onRunNew={editor.runNew} />
      )}
      {selected && details?.runId === selected.id && (
        <RunResultView
          run={selected}
          details={details}
          currency={currency}
          heatMetric={heatMetric}
          onHeatMetric={setHeatMetric}
          onRename={editor.startRename}
          onNotesSaved={setNotes}
          onRunNew={editor.runNew}
          onExportMembers={runExports.openMembers}
        />
      )}
      {editor.element}
      {runExports.element}
      {progress}
    </div>
  );
}
