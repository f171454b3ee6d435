import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ColumnChange } from '../../../../shared/column-change';
import type { DatasetChange } from '../../../../shared/dataset-changes';
import type { Role } from '../../../../shared/roles';
import type { DatasetInfo } from '../../../../shared/schemas';
import { ApiError, call } from '../../api';
import { useShowError } from '../../errors/ErrorProvider';
import { changeWords } from './change-words';

/** What the change does, in the words the changes list uses (for the confirmation). */
function said(dataset: DatasetInfo, change: ColumnChange): DatasetChange {
  const held = (Object.keys(dataset.roles) as Role[]).find((r) => dataset.roles[r] === change.column) ?? null;
  if (change.type === 'role') return { type: 'role', column: change.column, from: held, to: change.role };
  if (change.type === 'rename') return { type: 'rename', from: change.column, to: change.name.trim() };
  const from = dataset.columns.find((c) => c.name === change.column)?.spec.kind ?? '';
  return { type: 'columnType', column: change.column, from, to: change.kind };
}

/**
 * Changes a column of the dataset (its meaning, type or name) and confirms it in the changes
 * list's words; values that do not read as a new type are said with their count and an example.
 */
export function useColumnChange(dataset: DatasetInfo, onChanged: () => void) {
  const { t } = useTranslation();
  const showError = useShowError();
  const { message } = App.useApp();
  return (asked: ColumnChange) =>
    call('dataset:changeColumn', { datasetId: dataset.id, change: asked }).then(
      () => {
        void message.success(t('meanings.saved', { what: changeWords(said(dataset, asked), t) }));
        onChanged();
      },
      (err: unknown) => {
        const d = err instanceof ApiError ? (err.details as Record<string, string | number>) : null;
        if (err instanceof ApiError && err.code === 'E_TYPE_UNREADABLE' && d) {
          const kind = t(`kinds.${String(d.kind)}`);
          void message.error(t('meanings.unreadable', { ...d, kind }), 8);
        } else showError(err);
      },
    );
}
