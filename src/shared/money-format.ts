/**
 * Money as the UI language writes it, through Intl: in Chinese dollars as "$", as Chinese shops
 * write prices, not Intl's "US$" (every other currency keeps the sign that tells it apart: HK$,
 * JP¥ beside ¥ for yuan); in English the usual symbol.
 */
export function moneyFormat(locale: string, currency: string, options: Intl.NumberFormatOptions = {}) {
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    currencyDisplay: locale.startsWith('zh') && currency === 'USD' ? 'narrowSymbol' : 'symbol',
    ...options,
  });
}
