import { useEffect, useState } from 'react';
import type { DatasetChangeRecord } from '../../../shared/dataset-changes';
import type { DatasetInfo } from '../../../shared/schemas';
import { call } from '../api';

/**
 * A dataset's changes since its import, oldest first (empty while they load or when there is no
 * dataset): read again whenever its columns or roles change.
 */
export function useDatasetChanges(dataset: DatasetInfo | null | undefined): DatasetChangeRecord[] {
  const [changes, setChanges] = useState<{ id: number; list: DatasetChangeRecord[] } | null>(null);
  const id = dataset?.id ?? null;
  const version = dataset ? JSON.stringify([dataset.columns.map((c) => [c.name, c.spec.kind]), dataset.roles]) : '';
  useEffect(() => {
    if (id === null) return;
    let live = true;
    call('dataset:changes', { datasetId: id }).then(
      ({ changes: list }) => live && setChanges({ id, list }),
      () => live && setChanges({ id, list: [] }),
    );
    return () => {
      live = false;
    };
  }, [id, version]);
  return changes && changes.id === id ? changes.list : [];
}
