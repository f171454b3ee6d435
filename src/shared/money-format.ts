/**
 * Money as the UI language writes it, through Intl: in Chinese the currency's own sign ($ £ ¥),
 * as Chinese shops write prices, not Intl's "US$" for dollars; in English the usual symbol.
 */
export function moneyFormat(locale: string, currency: string, options: Intl.NumberFormatOptions = {}) {
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    currencyDisplay: locale.startsWith('zh') ? 'narrowSymbol' : 'symbol',
    ...options,
  });
}
