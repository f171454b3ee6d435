import type { SegmentName } from './segment-name';
import { FEATURE_NAMES } from './segments';

/** How a band's bounds read: money in a currency, whole numbers ("18–25"), and whether the first band is open below. */
export interface BandWords {
  /** ISO 4217 code when the field is money. */
  currency?: string | null;
  /** The field holds whole numbers only: [18, 26) reads "18–25". */
  whole?: boolean;
  /** No value lies below the first band: it reads "under £100" (whole numbers other than money keep "18–25"). */
  openBelow?: boolean;
}

const capital = (s: string) => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;

/**
 * A band [lo, hi) of a field named for people, in both languages, by the field's label and the
 * dataset's currency: "Spend under £100", "Spend £100 to under £500", "Spend £2,000 and more",
 * "Age 18–25"; "消费金额低于 £100", "消费金额 £2,000 及以上".
 */
export function bandName(field: string, lo: number, hi: number, first: boolean, words: BandWords = {}): SegmentName {
  const label = FEATURE_NAMES[field] ?? { en: field, 'zh-CN': field };
  // A bound shows cents only when it has them: "£100", "£24.99".
  const at = (lang: 'en' | 'zh-CN') => (v: number) =>
    new Intl.NumberFormat(lang, {
      maximumFractionDigits: 2,
      ...(words.currency
        ? { style: 'currency', currency: words.currency, minimumFractionDigits: Number.isInteger(v) ? 0 : 2 }
        : {}),
    }).format(v);
  const en = at('en');
  const zh = at('zh-CN');
  const name = capital(label.en);
  const zhName = label['zh-CN'];
  if (!Number.isFinite(hi)) return { en: `${name} ${en(lo)} and more`, 'zh-CN': `${zhName} ${zh(lo)} 及以上` };
  // Whole numbers other than money read as closed ranges ("Age 18–25"); money never ("£0–99" would hide £99.50).
  if (words.whole && !words.currency && Number.isInteger(lo) && Number.isInteger(hi))
    return { en: `${name} ${en(lo)}–${en(hi - 1)}`, 'zh-CN': `${zhName} ${zh(lo)}–${zh(hi - 1)}` };
  if (first && words.openBelow) return { en: `${name} under ${en(hi)}`, 'zh-CN': `${zhName}低于 ${zh(hi)}` };
  return { en: `${name} ${en(lo)} to under ${en(hi)}`, 'zh-CN': `${zhName} ${zh(lo)} 至不足 ${zh(hi)}` };
}
