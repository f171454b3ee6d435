import type { SegmentName } from '../../../shared/segments';
import { traitWords } from '../../../shared/trait-words';
import type { CustomerTable } from '../features/customer-table';
import type { Segmentation } from '../models/rfm';

/** A number field in a segment against all customers: the standardised difference (mean − overall mean) / overall sd. */
export interface NumericTrait {
  field: string;
  mean: number;
  overallMean: number;
  overallSd: number;
  difference: number;
}

/** A category value in a segment against all customers: its share there and overall, and the lift (share / overall share). */
export interface CategoryTrait {
  field: string;
  value: string;
  share: number;
  overallShare: number;
  lift: number;
}

export interface Persona {
  segment: number;
  customers: number;
  /** Ranked by |difference|, largest first. */
  numeric: NumericTrait[];
  /** Ranked by lift, largest first (values held by at least MIN_SHARE of the segment). */
  categories: CategoryTrait[];
  description: SegmentName;
}

/** A category value must be this common in a segment to describe it. */
const MIN_SHARE = 0.2;

function meanSd(values: Float64Array, members: Int32Array | null): { mean: number; sd: number; n: number } {
  let n = 0;
  let sum = 0;
  const count = members ? members.length : values.length;
  for (let i = 0; i < count; i++) {
    const v = values[members ? members[i] : i];
    if (v === v) {
      n++;
      sum += v;
    }
  }
  const mean = n > 0 ? sum / n : Number.NaN;
  let ss = 0;
  for (let i = 0; i < count; i++) {
    const v = values[members ? members[i] : i];
    if (v === v) ss += (v - mean) * (v - mean);
  }
  // The sample standard deviation (n − 1), as pandas' std() and R's sd() give.
  return { mean, sd: n > 1 ? Math.sqrt(ss / (n - 1)) : Number.NaN, n };
}

/** Shares of each label among the customers with a value (missing ones are left out). */
function shares(codes: Int32Array, labels: number, members: Int32Array | null): Float64Array {
  const counts = new Float64Array(labels);
  let n = 0;
  const count = members ? members.length : codes.length;
  for (let i = 0; i < count; i++) {
    const code = codes[members ? members[i] : i];
    if (code >= 0) {
      counts[code]++;
      n++;
    }
  }
  return counts.map((x) => (n > 0 ? x / n : Number.NaN));
}

const round = (v: number, digits = 1) => Number(v.toFixed(digits));

/**
 * A spend (or income …) against the average customer's in words: "spends about as much as the
 * average customer" within 15 %, else "spends 2.5 times as much as …" or "… about 40 % of what …".
 */
function againstAverage(field: string, ratio: number): { en: string; zh: string } {
  const own = field === 'monetary' ? null : field;
  const zh = own ?? '消费金额';
  if (ratio >= 0.85 && ratio <= 1.15)
    return {
      en: own ? `${own} about the same as the average customer\u2019s` : 'spends about as much as the average customer',
      zh: `${zh}与平均客户相当`,
    };
  if (ratio > 1.15)
    return {
      en: own
        ? `${own} ${round(ratio)} times the average customer\u2019s`
        : `spends ${round(ratio)} times as much as the average customer`,
      zh: `${zh}是平均客户的 ${round(ratio)} 倍`,
    };
  const pct = Math.max(1, Math.round(ratio * 100));
  return {
    en: own
      ? `${own} about ${pct}% of the average customer\u2019s`
      : `spends about ${pct}% of what the average customer spends`,
    zh: `${zh}约为平均客户的 ${pct}%`,
  };
}

/** Number fields that hold the same values as a field before them (orders when purchases are counted as orders). */
function repeatedFields(table: CustomerTable): Set<string> {
  const numbers = table.fields.flatMap((f) => (f.kind === 'category' ? [] : [f]));
  const same = (a: Float64Array, b: Float64Array) =>
    a.length === b.length && a.every((v, i) => v === b[i] || (v !== v && b[i] !== b[i]));
  return new Set(
    numbers.filter((f, i) => numbers.slice(0, i).some((g) => same(f.values, g.values))).map((f) => f.name),
  );
}

/**
 * How often a segment buys, from its customers who came back on another day (gap > 0): a customer
 * who bought once, or only on one day, has no gap between purchase days to count (0 would read
 * "buys every 0 days"). When fewer than half came back, the median customer bought on one day
 * only, and the words say so; else "buys every 3 weeks" from the mean gap of those who did.
 */
function cadenceWords(table: CustomerTable, members: Int32Array): { en: string; zh: string } | null {
  const field = table.fields.find((f) => f.name === 'gap');
  // No purchase dates (a customers table): no gaps at all, no words.
  if (members.length === 0 || !field || field.kind === 'category' || !field.values.some((v) => v === v)) return null;
  let repeat = 0;
  let sum = 0;
  for (const m of members) {
    const v = field.values[m];
    if (v > 0) {
      repeat++;
      sum += v;
    }
  }
  if (repeat === 0 || 2 * repeat < members.length)
    return { en: 'most bought on one day only', zh: '多数客户只在一天里购买过' };
  const days = sum / repeat;
  return days >= 14
    ? { en: `buys every ${round(days / 7)} weeks`, zh: `约每 ${round(days / 7)} 周购买一次` }
    : { en: `buys every ${round(days)} days`, zh: `约每 ${round(days)} 天购买一次` };
}

/** A one-sentence portrait from the strongest traits, in both languages. */
function describe(p: Omit<Persona, 'description'>, table: CustomerTable, members: Int32Array): SegmentName {
  const cats = p.categories.filter((c) => c.lift >= 1.2).slice(0, 3);
  const parts: { en: string; zh: string }[] = [];
  if (cats.length > 0) {
    const values = cats.map((c) => c.value);
    parts.push({ en: `mostly ${values.join(', ')}`, zh: `以${values.join('、')}为主` });
  }
  const gap = p.numeric.find((t) => t.field === 'gap');
  const cadence = cadenceWords(table, members);
  if (cadence) parts.push(cadence);
  const spend =
    p.numeric.find((t) => t.field === 'monetary') ??
    p.numeric.find((t) =>
      table.fields.some((f) => f.name === t.field && /income|spend|revenue|amount|mnt/i.test(t.field)),
    );
  if (spend && spend.overallMean > 0) parts.push(againstAverage(spend.field, spend.mean / spend.overallMean));
  const top = p.numeric.filter((t) => t !== spend && t !== gap && Math.abs(t.difference) >= 0.5).slice(0, 1);
  for (const t of top) {
    const words = traitWords(t);
    parts.push({ en: words.en, zh: words['zh-CN'] });
  }
  if (parts.length === 0) return { en: 'Close to the average customer.', 'zh-CN': '与平均客户相近。' };
  const en = parts.map((x) => x.en).join('; ');
  return { en: `${en.charAt(0).toUpperCase()}${en.slice(1)}.`, 'zh-CN': `${parts.map((x) => x.zh).join('；')}。` };
}

/**
 * Personas (客户画像): for each segment, what sets it apart from all customers — numbers by
 * standardised difference of means, category values by lift — ranked, with a sentence.
 */
export function personas(table: CustomerTable, segmentation: Segmentation): Persona[] {
  const k = segmentation.segments.length;
  const lists: number[][] = Array.from({ length: k }, () => []);
  segmentation.segment.forEach((s, c) => lists[s].push(c));
  const overall = table.fields.map((f) =>
    f.kind === 'category' ? { shares: shares(f.codes, f.labels.length, null) } : { stats: meanSd(f.values, null) },
  );
  const repeats = repeatedFields(table);
  return lists.map((list, segment) => {
    const members = Int32Array.from(list);
    const numeric: NumericTrait[] = [];
    const categories: CategoryTrait[] = [];
    table.fields.forEach((field, i) => {
      if (field.kind === 'category') {
        const own = shares(field.codes, field.labels.length, members);
        const all = overall[i].shares!;
        field.labels.forEach((value, e) => {
          if (own[e] >= MIN_SHARE && all[e] > 0)
            categories.push({ field: field.name, value, share: own[e], overallShare: all[e], lift: own[e] / all[e] });
        });
      } else {
        // The purchase dates mirror recency and tenure: not repeated as traits.
        if (field.name === 'firstPurchase' || field.name === 'lastPurchase') return;
        // Orders counted as purchases are the purchases again: one trait, not two.
        if (repeats.has(field.name)) return;
        const all = overall[i].stats!;
        const own = meanSd(field.values, members);
        if (own.n === 0 || !(all.sd > 0)) return;
        numeric.push({
          field: field.name,
          mean: own.mean,
          overallMean: all.mean,
          overallSd: all.sd,
          difference: (own.mean - all.mean) / all.sd,
        });
      }
    });
    numeric.sort((a, b) => Math.abs(b.difference) - Math.abs(a.difference));
    categories.sort((a, b) => b.lift - a.lift || b.share - a.share);
    const persona = { segment, customers: members.length, numeric, categories };
    return { ...persona, description: describe(persona, table, members) };
  });
}
