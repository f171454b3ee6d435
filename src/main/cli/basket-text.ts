import { createTranslate } from '../../shared/i18n';
import type { BasketResult, ItemRef } from '../../shared/products';
import { roundDecimal } from '../../shared/round-decimal';
import type { Language } from '../../shared/schemas';

/** Where the rules were looked for, as the heading names it. */
export interface BasketScope {
  dataset: string;
  /** The run and segment name when the rules are one segment's. */
  segment: { run: number; name: string } | null;
  minSupport: number;
  minConfidence: number;
}

/** A share as people read it: one decimal, in per cent. */
export const percentText = (share: number) => `${roundDecimal(share * 100, 1)} %`;

/** An item as people read it: its name, and its code when the name is not the code. */
const itemText = (item: ItemRef) => (item.name === item.key ? item.name : `${item.name} (${item.key})`);

/** Basket rules as `segmentdesk basket` prints them: in plain words, the strongest `top` first, then the terms. */
export function basketText(result: BasketResult, scope: BasketScope, lang: Language, top: number): string {
  const t = createTranslate(lang);
  const count = (n: number) => new Intl.NumberFormat(lang).format(n);
  if (result.needs === 'transactions') return `${t('basket.needsTransactions')}\n`;
  if (result.needs === 'productOrCategory')
    return `${t(result.by === 'product' ? 'basket.needsProduct' : 'basket.needsCategory')}\n`;
  const by = t(result.by === 'product' ? 'basket.byProduct' : 'basket.byCategory');
  const where = scope.segment
    ? t('basket.scopeSegment', { segment: scope.segment.name, run: scope.segment.run })
    : t('basket.scopeAll');
  const lines = [
    t('basket.heading', { dataset: scope.dataset, by, scope: where }),
    t('basket.counts', {
      orders: count(result.orders),
      items: count(result.items),
      frequent: count(result.frequentItems),
      support: percentText(scope.minSupport),
      found: count(result.found),
      confidence: percentText(scope.minConfidence),
    }),
  ];
  if (result.orderedBy === 'customerDay') lines.push(t('basket.customerDay'));
  if (result.truncated)
    lines.push(t('basket.truncated', { kept: count(result.rules.length), found: count(result.found) }));
  if (result.rules.length === 0) lines.push(t('basket.none'));
  const side = (items: ItemRef[]) => items.map(itemText).join(t('basket.and'));
  result.rules.slice(0, top).forEach((r, k) =>
    lines.push(
      `  ${t('basket.rule', {
        n: k + 1,
        antecedent: side(r.antecedent),
        consequent: side(r.consequent),
        confidence: percentText(r.confidence),
        lift: roundDecimal(r.lift, 1),
        orders: count(r.orders),
        support: percentText(r.support),
      })}`,
    ),
  );
  if (result.rules.length > top)
    lines.push(`  ${t('basket.more', { n: count(result.rules.length - top), all: result.rules.length })}`);
  if (result.excluded && result.excluded.codes.length > 0)
    lines.push(
      t('basket.excluded', {
        codes: result.excluded.codes.map((c) => c.key).join(', '),
        lines: count(result.excluded.lines),
      }),
    );
  lines.push(t('basket.terms'));
  return `${lines.join('\n')}\n`;
}
