import { useTranslation } from 'react-i18next';
import { createFormatters, type Formatters } from './create-formatters';

/** One set per locale for the whole renderer: an Intl formatter takes a millisecond to make, and every table cell and card asks. */
const byLocale = new Map<string, Formatters>();

/** Numbers and dates through Intl in the UI language. */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  let formatters = byLocale.get(locale);
  if (!formatters) {
    formatters = createFormatters(locale);
    byLocale.set(locale, formatters);
  }
  return formatters;
}
