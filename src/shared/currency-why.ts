import type { Translate } from './i18n';
import type { DatasetKind } from './roles';
import type { CurrencyDecision } from './schemas';

/** Why a dataset's money is in its currency, in words: "from the Country column: most orders are from United Kingdom". */
export function currencyWhy(t: Translate, why: CurrencyDecision, kind: DatasetKind): string {
  const reason = why.reason === 'country' ? (kind === 'customers' ? 'countryCustomers' : 'countryOrders') : why.reason;
  return t(`import.currencyWhy.${reason}`, { column: why.column ?? '', value: why.value ?? '' });
}
