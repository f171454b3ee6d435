import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { renamedSpec } from '../../../../shared/renamed-spec';
import type { RunInfo, WorkspaceInfo } from '../../../../shared/schemas';
import type { ModelSpec } from '../../../../shared/segments';
import { changeWords } from '../../components/dataset-view/change-words';
import { WriteAction } from '../../components/WriteAction';
import { useDatasetChanges } from '../../hooks/useDatasetChanges';
import { useFormat } from '../../hooks/useFormat';

interface MadeBeforeProps {
  run: RunInfo;
  spec: ModelSpec;
  workspace: WorkspaceInfo;
  /** Makes a new run of the spec on the dataset as it is now. */
  onRunNew(datasetId: number, spec: ModelSpec): void;
}

/**
 * A run made before its dataset's columns were given other meanings, types or names says so in
 * plain words — it keeps the meanings it was made with — and offers a new run with today's
 * (the columns its rules name follow their renames). Nothing shows for a run made after them.
 */
export function MadeBefore({ run, spec, workspace, onRunNew }: MadeBeforeProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const dataset = workspace.datasets.find((d) => d.id === run.datasetId);
  const all = useDatasetChanges(dataset);
  const later = all.filter((c) => c.at > run.createdAt);
  if (later.length === 0) return null;
  const changes = later
    .map((c) => t('meanings.onDate', { what: changeWords(c.change, t), date: fmt.dateTime(c.at) }))
    .join('; ');
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="made-before"
      title={t('meanings.madeBefore', { changes })}
      action={
        <WriteAction>
          <Button
            size="small"
            data-testid="rerun-meanings"
            onClick={() => onRunNew(run.datasetId, renamedSpec(spec, all, run.createdAt))}
          >
            {t('meanings.rerun')}
          </Button>
        </WriteAction>
      }
    />
  );
}
