import { createTranslate } from '../../shared/i18n';
import { moneyFormat } from '../../shared/money-format';
import type { ItemLevel, ItemRef, LevelItems, RunProducts, SegmentItems } from '../../shared/products';
import type { Language } from '../../shared/schemas';
import type { SegmentName } from '../../shared/segments';

/** How many items each list of the text shows (--json has all). */
const SHOWN = 5;

export interface ProductsTextInput {
  products: RunProducts;
  level: ItemLevel;
  run: { id: number; name: string };
  segmentNames: readonly SegmentName[];
  currency: string;
  lang: Language;
}

/** An item as the text names it: its name, and its code when that differs. */
const itemName = (i: ItemRef) => (i.key === i.name ? i.name : `${i.name} [${i.key}]`);

/** One segment's lists: what sets it apart, the top by revenue, what it stopped buying in the last 90 days. */
function segmentLines(s: SegmentItems, level: LevelItems, input: ProductsTextInput): string[] {
  const t = createTranslate(input.lang);
  const count = new Intl.NumberFormat(input.lang);
  const money = moneyFormat(input.lang, input.currency, { maximumFractionDigits: 0 });
  const percent = (v: number) => `${(v * 100).toFixed(1)} %`;
  const customers = (n: number) =>
    n === 1 ? t('products.cli.customers_one') : t('products.cli.customers', { n: count.format(n) });
  const levelWord = t(`products.cli.level_${level.level}`);
  const min = s.minBuyers ?? level.minBuyers;
  const lines = [
    t('products.cli.segment', {
      name: input.segmentNames[s.segment][input.lang],
      n: count.format(s.buyers),
      level: levelWord,
    }),
  ];
  if (s.distinctive.length === 0) lines.push(t('products.cli.noDistinctive', { min, level: levelWord }));
  else lines.push(t('products.cli.distinctive', { min }));
  s.distinctive
    .slice(0, SHOWN)
    .forEach((i, k) =>
      lines.push(
        `    ${k + 1}. ${itemName(i)} — ${t('products.cli.often', { share: percent(i.share), lift: i.lift.toFixed(1) })}`,
      ),
    );
  lines.push(t('products.cli.byRevenue'));
  s.byRevenue.slice(0, SHOWN).forEach((i, k) =>
    lines.push(
      `    ${k + 1}. ${itemName(i)} — ${t('products.cli.revenueLine', {
        revenue: money.format(i.revenue),
        buyers: customers(i.buyers),
        lift: i.lift.toFixed(1),
      })}`,
    ),
  );
  const stopped = s.stopped[0];
  if (stopped && stopped.items.length > 0) {
    lines.push(t('products.cli.stopped', { days: stopped.days }));
    stopped.items.slice(0, SHOWN).forEach((i, k) =>
      lines.push(
        `    ${k + 1}. ${itemName(i)} — ${t('products.cli.stoppedLine', {
          n: count.format(i.customers),
          before: count.format(Math.round(i.customers / i.share)),
        })}`,
      ),
    );
  }
  return lines;
}

/** Products per segment as `segmentdesk products` prints them without --json. */
export function productsText(input: ProductsTextInput): string {
  const t = createTranslate(input.lang);
  const { products, level: levelKey } = input;
  const level = products[levelKey]!;
  const lines = [
    t('products.cli.heading', {
      id: input.run.id,
      name: input.run.name,
      level: t(`products.cli.level_${levelKey}`),
      date: products.analysisDate ?? '',
    }),
  ];
  const excluded = products.excluded;
  if (levelKey === 'product' && excluded && excluded.lines > 0) {
    const count = new Intl.NumberFormat(input.lang);
    lines.push(
      t('products.cli.excluded', {
        codes: excluded.codes.map((c) => `${c.key} ${count.format(c.lines)}`).join(t('products.cli.listSeparator')),
        lines: count.format(excluded.lines),
        revenue: moneyFormat(input.lang, input.currency, { maximumFractionDigits: 0 }).format(excluded.revenue),
      }),
    );
  }
  for (const s of level.segments) lines.push('', ...segmentLines(s, level, input));
  lines.push('', t('products.cli.more'));
  return `${lines.join('\n')}\n`;
}
