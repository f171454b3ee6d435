import { createTranslate } from '../../../shared/i18n';
import type { Language } from '../../../shared/schemas';
import type { Cell } from './csv-text';

interface ExportedColumn {
  key: string;
  kind: 'text' | 'number' | 'date' | 'datetime';
  value(row: number): Cell;
}

/**
 * A CLV run's own column as a spreadsheet user reads it (any other column as it is):
 * `churnRisk` in words (yes / no, 是 / 否), and `nextPurchaseBy` a date, or words saying no
 * purchase is expected within the run's horizon ("not expected within 12 months") where the
 * run keeps none — text rather than a blank, so a filter or a sort on the column shows them.
 */
export function clvMemberColumn<C extends ExportedColumn>(column: C, lang: Language, horizon: number): C {
  const t = createTranslate(lang);
  if (column.key === 'churnRisk') {
    const words = [t('common.no'), t('common.yes')];
    return {
      ...column,
      kind: 'text',
      value: (row: number) => {
        const v = column.value(row);
        return v === null ? null : words[v === 1 ? 1 : 0];
      },
    };
  }
  if (column.key !== 'nextPurchaseBy') return column;
  const none = horizon === 1 ? t('clvCli.notWithinMonth') : t('clvCli.notWithin', { months: horizon });
  return { ...column, value: (row: number) => column.value(row) ?? none };
}
