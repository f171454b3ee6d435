import type { TFunction } from 'i18next';
import type { DatasetChange } from '../../../../shared/dataset-changes';

/** One change to a dataset after its import, in plain words of the UI language ("“Spend” was set to mean Amount"). */
export function changeWords(change: DatasetChange, t: TFunction): string {
  const role = (r: string | null) => (r ? t(`roles.${r}`) : t('meanings.nothing'));
  switch (change.type) {
    case 'role':
      if (change.to === null) return t('meanings.roleCleared', { column: change.column, from: role(change.from) });
      return change.from === null
        ? t('meanings.roleSet', { column: change.column, to: role(change.to) })
        : t('meanings.roleMoved', { column: change.column, to: role(change.to), from: role(change.from) });
    case 'columnType':
      return t('meanings.typeSet', {
        column: change.column,
        from: t(`kinds.${change.from}`),
        to: t(`kinds.${change.to}`),
      });
    case 'rename':
      return t('meanings.renamed', { from: change.from, to: change.to });
    default:
      return t('meanings.added', { column: change.column });
  }
}
