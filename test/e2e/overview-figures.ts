import { expect, type Page } from '@playwright/test';
import type { FigureKey, Overview } from '../../src/shared/overview';

/**
 * Checks the key figure cards against an Overview the service worked out (read through the
 * service, not written in the test): counts whole, money in the currency's decimals, the
 * repeat rate as a percentage with one decimal, each as the UI language writes it.
 */
export async function expectFigures(page: Page, overview: Overview, locale: 'en' | 'zh-CN') {
  const int = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency: overview.currency });
  const pct = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const written: Partial<Record<FigureKey, (v: number) => string>> = {
    customers: int.format,
    activeCustomers: int.format,
    newCustomers: int.format,
    orders: int.format,
    revenue: money.format,
    aov: money.format,
    returningRevenue: money.format,
    repeatRate: pct.format,
  };
  let checked = 0;
  for (const figure of overview.figures) {
    const write = written[figure.key];
    if (!write || figure.value === null) continue;
    await expect(page.getByTestId(`figure-${figure.key}`).getByTestId('figure-value')).toHaveText(write(figure.value));
    checked++;
  }
  return checked;
}
