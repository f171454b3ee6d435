import { App, Button } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceInfo } from '../../../../shared/schemas';
import { renameInSpec, type ModelSpec, type SegmentName, type SegmentSummary } from '../../../../shared/segments';
import { RunForm } from '../../components/RunForm';
import { useShowError } from '../../errors/ErrorProvider';
import type { useJobRunner } from '../../hooks/useJobRunner';
import { useUiLanguage } from '../../hooks/useUiLanguage';
import { RenameSegment } from './RenameSegment';
import type { RunDetails } from './useRunDetails';

/** A run re-made in place: which run, the spec to go back to, and what the message says was done. */
interface Replace {
  runId: number;
  previous: ModelSpec;
  done: string;
}

export interface RunEditorOptions {
  workspace: WorkspaceInfo;
  details: RunDetails | null;
  jobs: ReturnType<typeof useJobRunner>;
  onChanged(): void;
  /** Shows a run (the one just made or re-made). */
  onSelect(runId: number): void;
}

/** The message that confirms a run was re-made, with its undo button. */
function useEditedMessage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  // The edit message on screen (its key), and how many were shown: each gets a key of its own.
  const shown = useRef<string | null>(null);
  const messages = useRef(0);
  return (runId: number, done: string, undo: () => void) => {
    // One message per run: an undo's own message takes the place of the edit's. The old one is
    // closed and a new one opened (an update under the same key kept the old one's timer, so a
    // re-run finished 7 s after an undo was confirmed for a moment only).
    if (shown.current) message.destroy(shown.current);
    shown.current = `edited-${runId}-${++messages.current}`;
    message.open({
      key: shown.current,
      type: 'success',
      duration: 8,
      content: (
        <span data-testid="run-edited">
          {done}{' '}
          <Button size="small" type="link" data-testid="run-undo" onClick={undo}>
            {t('common.undo')}
          </Button>
        </span>
      ),
    });
  };
}

/**
 * Making runs: a new one, the run on screen edited or a segment renamed (the run re-made in
 * place, with an undo back to its previous spec). `element` holds the run form and the rename dialog.
 */
export function useRunEditor({ workspace, details, jobs, onChanged, onSelect }: RunEditorOptions) {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const showError = useShowError();
  const showEdited = useEditedMessage();
  const [creating, setCreating] = useState<'new' | 'edit' | null>(null);
  const [renaming, setRenaming] = useState<SegmentSummary | null>(null);
  /** Runs a spec in the worker: a new run, or the selected run re-made in place (with an undo back to its previous spec). */
  const runSpec = async (datasetId: number, spec: ModelSpec, replace: Replace | null) => {
    setCreating(null);
    try {
      const { run } = await jobs.run('run:create', {
        datasetId,
        spec,
        ...(replace ? { replaceRunId: replace.runId } : {}),
      });
      onSelect(run.id);
      onChanged();
      if (!replace) return;
      const undo = () =>
        void runSpec(datasetId, replace.previous, { runId: run.id, previous: spec, done: t('rules.undone') });
      showEdited(run.id, replace.done, undo);
    } catch (err) {
      showError(err);
    }
  };

  const runDataset = workspace.runs.find((r) => r.id === details?.runId)?.datasetId;
  const editing =
    creating === 'edit' && details && runDataset !== undefined ? { datasetId: runDataset, spec: details.spec } : null;
  const rename = (segmentName: SegmentName) => {
    const segment = renaming;
    setRenaming(null);
    if (!segment || !details || runDataset === undefined) return;
    const spec = renameInSpec(details.spec, segment.key, segmentName);
    const done = t('rules.renamed', { name: segmentName[lang] });
    void runSpec(runDataset, spec, { runId: details.runId, previous: details.spec, done });
  };
  const submit = (datasetId: number, spec: ModelSpec) => {
    const replace =
      editing && details ? { runId: details.runId, previous: details.spec, done: t('rules.rerunDone') } : null;
    void runSpec(datasetId, spec, replace);
  };

  const element = (
    <>
      <RunForm
        open={creating !== null}
        datasets={workspace.datasets}
        editing={editing}
        onCancel={() => setCreating(null)}
        onSubmit={submit}
      />
      <RenameSegment segment={renaming} onCancel={() => setRenaming(null)} onRename={rename} />
    </>
  );
  return {
    element,
    startNew: () => setCreating('new'),
    startEdit: () => setCreating('edit'),
    startRename: (segment: SegmentSummary) => setRenaming(segment),
    /** Makes a new run of a spec (the rules a cluster view saves, say). */
    runNew: (datasetId: number, spec: ModelSpec) => void runSpec(datasetId, spec, null),
  };
}
