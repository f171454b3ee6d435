import { useTranslation } from 'react-i18next';
import { byKey, createFormatters, type Formatters } from './create-formatters';

/** One set per locale for the whole renderer: an Intl formatter takes a millisecond to make, and every table cell and card asks. */
const formattersFor = byKey(createFormatters);

/** Numbers and dates through Intl in the UI language. */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  return formattersFor(i18n.language);
}
