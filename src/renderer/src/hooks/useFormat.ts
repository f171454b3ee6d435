import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Numbers and dates through Intl in the UI language. */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return useMemo(() => {
    const int = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    const num = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    return {
      int: (n: number) => int.format(n),
      num: (n: number) => num.format(n),
      dateTime: (iso: string) => dateTime.format(new Date(iso)),
    };
  }, [locale]);
}
