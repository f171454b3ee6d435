import { App, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DatasetInfo, WorkspaceInfo } from '../../../shared/schemas';
import { call } from '../api';
import { useShowError } from '../errors/ErrorProvider';
import { useFormat } from '../hooks/useFormat';

/** Renaming a dataset (in a small dialog) and deleting it (confirmed, saying how many rows and runs go with it). */
export function useDatasetActions(workspace: WorkspaceInfo, onChanged: () => void) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { modal, message } = App.useApp();
  const showError = useShowError();
  const rename = (d: DatasetInfo) => {
    let name = d.name;
    modal.confirm({
      title: t('data.renameTitle'),
      icon: null,
      content: (
        <Input
          defaultValue={d.name}
          autoFocus
          maxLength={200}
          aria-label={t('data.name')}
          onChange={(e) => (name = e.target.value)}
          data-testid="rename-input"
        />
      ),
      okText: t('common.save'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await call('dataset:rename', { datasetId: d.id, name });
          onChanged();
        } catch (err) {
          showError(err);
        }
      },
    });
  };

  const remove = (d: Pick<DatasetInfo, 'id' | 'name' | 'rowCount'>) => {
    const runs = workspace.runs.filter((r) => r.datasetId === d.id).length;
    modal.confirm({
      title: t('data.deleteTitle', { name: d.name }),
      content: t('data.deleteBody', { rows: fmt.int(d.rowCount), runs: fmt.int(runs) }),
      okText: t('common.delete'),
      okButtonProps: { danger: true, 'data-testid': 'confirm-delete' },
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await call('dataset:delete', { datasetId: d.id, confirm: true });
          void message.success(t('data.deleted'));
          onChanged();
        } catch (err) {
          showError(err);
        }
      },
    });
  };
  return { rename, remove };
}
