import type { SegmentName } from '../../../shared/segment-name';
import { FEATURE_NAMES } from '../../../shared/segments';
import type { Persona } from '../profile/personas';

/** Words for a field clearly above or below the average, in both languages; recency reads as recent / lapsed. */
function word(field: string, high: boolean): SegmentName {
  if (field === 'recency') return high ? { en: 'Lapsed', 'zh-CN': '久未购买' } : { en: 'Recent', 'zh-CN': '近期活跃' };
  const label = FEATURE_NAMES[field] ?? { en: field, 'zh-CN': field };
  return high
    ? { en: `High ${label.en}`, 'zh-CN': `高${label['zh-CN']}` }
    : { en: `Low ${label.en}`, 'zh-CN': `低${label['zh-CN']}` };
}

/**
 * Names for clusters from their personas: the two traits of the clustering's own fields that
 * differ most from the average (at least 0.25 sd), and a category value at least 1.5 times as
 * common as overall — e.g. "High spend · Recent · Female". Clusters with nothing distinct keep
 * "Cluster n"; names are made unique. The user can rename any of them.
 */
export function suggestClusterNames(
  personas: Persona[],
  fields: readonly string[],
  fallback: SegmentName[],
): SegmentName[] {
  const own = new Set(fields);
  const used = new Map<string, number>();
  return personas.map((p, c) => {
    const numeric = p.numeric
      .filter((t) => (own.size === 0 || own.has(t.field)) && Math.abs(t.difference) >= 0.25)
      .slice(0, 2);
    const category = p.categories.find((t) => (own.size === 0 || own.has(t.field)) && t.lift >= 1.5 && t.share >= 0.3);
    const parts = numeric.map((t) => word(t.field, t.difference > 0));
    if (category) parts.push({ en: category.value, 'zh-CN': category.value });
    if (parts.length === 0) return fallback[c];
    const name: SegmentName = {
      en: parts
        .map((x) => x.en)
        .join(' · ')
        .slice(0, 70),
      'zh-CN': parts
        .map((x) => x['zh-CN'])
        .join('·')
        .slice(0, 70),
    };
    const seen = (used.get(name.en) ?? 0) + 1;
    used.set(name.en, seen);
    return seen === 1 ? name : { en: `${name.en} (${seen})`, 'zh-CN': `${name['zh-CN']}（${seen}）` };
  });
}
