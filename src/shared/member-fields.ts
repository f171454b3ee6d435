import type { Translate } from './i18n';
import type { Language } from './schemas';
import { FEATURE_NAMES } from './segments';

/**
 * How a customer field's numbers are read: money in the dataset's currency, whole numbers (counts,
 * days, scores), one decimal (averages of days or counts), a share as a percentage with one
 * decimal; `number` is the user's own data, written as imported.
 */
export type NumberStyle = 'money' | 'integer' | 'decimal1' | 'percent' | 'number';

const STYLES: Readonly<Record<string, NumberStyle>> = {
  recency: 'integer',
  frequency: 'integer',
  monetary: 'money',
  aov: 'money',
  orders: 'integer',
  transactions: 'integer',
  tenure: 'integer',
  gap: 'decimal1',
  age: 'integer',
  r: 'integer',
  f: 'integer',
  m: 'integer',
  pAlive: 'percent',
  expectedPurchases: 'decimal1',
  expectedValue: 'money',
  clv: 'money',
  repeatPurchases: 'integer',
  holdoutPurchases: 'integer',
  churnRisk: 'integer',
  orderValue: 'money',
  paymentDelay: 'decimal1',
  weekday: 'integer',
  hour: 'integer',
};

/** The number style of a field the app computes (features, scores, CLV values); `number` for any other. */
export const memberFieldStyle = (key: string): NumberStyle => STYLES[key] ?? 'number';

/** The CLV model's per-customer values, named for people under memberFields.* in the messages. */
const CLV_FIELDS = new Set([
  'pAlive',
  'expectedPurchases',
  'expectedValue',
  'clv',
  'repeatPurchases',
  'holdoutPurchases',
  'nextPurchaseBy',
  'churnRisk',
]);

/**
 * A computed field's name for people in a language (a feature's, or a CLV value's with the run's
 * horizon in months: "Expected purchases (next 12 months)"); null for a field the app does not name.
 */
export function memberFieldLabel(key: string, lang: Language, t: Translate, horizon = 12): string | null {
  if (CLV_FIELDS.has(key)) {
    if (key !== 'expectedPurchases') return t(`memberFields.${key}`);
    return horizon === 1
      ? t('memberFields.expectedPurchasesNextMonth')
      : t('memberFields.expectedPurchases', { months: horizon });
  }
  const feature = FEATURE_NAMES[key]?.[lang];
  return feature ? feature.charAt(0).toUpperCase() + feature.slice(1) : null;
}
