import type { TFunction } from 'i18next';
import { SUMMARY_SHARE_CELLS, SUMMARY_SHARE_VALUES } from '../../../shared/import-settings';
import type { Formatters } from '../hooks/create-formatters';

/** Why a summary keeps no spend shares per category and channel. */
export function sharesLeftOutText(left: { customers: number; values: number }, t: TFunction, fmt: Formatters): string {
  return t('data.sharesLeftOut', {
    customers: fmt.int(left.customers),
    values: fmt.int(left.values),
    cells: fmt.int(SUMMARY_SHARE_CELLS),
    perColumn: fmt.int(SUMMARY_SHARE_VALUES),
  });
}
