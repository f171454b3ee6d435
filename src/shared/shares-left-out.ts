import { SUMMARY_SHARE_VALUES } from './import-settings';
import type { SourceInfo } from './schemas';

type LeftOut = NonNullable<NonNullable<SourceInfo['summarised']>['sharesLeftOut']>;

/**
 * Why a summary keeps no spend shares per category and channel (too many customers × values, or a
 * column of too many values), in the app's words (`int`: a whole number as the reader writes it).
 */
export function sharesLeftOutText(
  left: LeftOut,
  t: (key: string, params: Record<string, string>) => string,
  int: (n: number) => string,
): string {
  return left.column
    ? t('data.sharesLeftOutColumn', {
        column: left.column.name,
        values: int(left.column.values),
        perColumn: int(SUMMARY_SHARE_VALUES),
      })
    : t('data.sharesLeftOut', { customers: int(left.customers), values: int(left.values), cells: int(left.limit) });
}
