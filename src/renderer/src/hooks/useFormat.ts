import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { createFormatters, type Formatters } from './create-formatters';

/** Numbers and dates through Intl in the UI language. */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return useMemo(() => createFormatters(locale), [locale]);
}
