import type { SegmentName } from '../../../shared/segment-name';
import { FEATURE_NAMES } from '../../../shared/segments';
import type { Persona } from '../profile/personas';

/** A field's label for a name: the feature's name, or the header without its unit in brackets ("Annual Income (k$)" → "Annual Income"). */
function label(field: string): SegmentName {
  if (FEATURE_NAMES[field]) return FEATURE_NAMES[field];
  const plain = field.replace(/\s*[(（[][^)）\]]*[)）\]]\s*/g, ' ').trim() || field;
  return { en: plain, 'zh-CN': plain };
}

/** A field clearly above or below the average, in both languages: "high annual income" / "Annual Income高"; recency reads recent / lapsed. */
function word(field: string, high: boolean): SegmentName {
  if (field === 'recency') return high ? { en: 'lapsed', 'zh-CN': '久未购买' } : { en: 'recent', 'zh-CN': '近期活跃' };
  const { en, 'zh-CN': zh } = label(field);
  return { en: `${high ? 'high' : 'low'} ${en.toLowerCase()}`, 'zh-CN': `${zh}${high ? '高' : '低'}` };
}

const capital = (s: string) => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;

/**
 * Names for clusters from their personas: the two traits of the clustering's own fields that
 * differ most from the average (at least 0.25 sd), and a category value at least 1.5 times as
 * common as overall — e.g. "High annual income, low spending score" / "Annual Income高、Spending
 * Score低". A cluster near the average on every field reads "Average annual income and spending
 * score"; names are made unique. The user can rename any of them.
 */
export function suggestClusterNames(
  personas: Persona[],
  fields: readonly string[],
  fallback: SegmentName[],
): SegmentName[] {
  const own = new Set(fields);
  const mine = (field: string) => own.size === 0 || own.has(field);
  const used = new Map<string, number>();
  return personas.map((p, c) => {
    const numeric = p.numeric.filter((t) => mine(t.field) && Math.abs(t.difference) >= 0.25).slice(0, 2);
    const category = p.categories.find((t) => mine(t.field) && t.lift >= 1.5 && t.share >= 0.3);
    const parts = numeric.map((t) => word(t.field, t.difference > 0));
    if (category) parts.push({ en: category.value, 'zh-CN': category.value });
    let name: SegmentName;
    if (parts.length > 0) {
      name = {
        en: capital(parts.map((x) => x.en).join(', ')).slice(0, 80),
        'zh-CN': parts
          .map((x) => x['zh-CN'])
          .join('、')
          .slice(0, 80),
      };
    } else {
      const middle = p.numeric.filter((t) => mine(t.field) && t.field !== 'recency').slice(0, 2);
      if (middle.length === 0) return fallback[c];
      const labels = middle.map((t) => label(t.field));
      name = {
        en: `Average ${labels.map((l) => l.en.toLowerCase()).join(' and ')}`.slice(0, 80),
        'zh-CN': `${labels.map((l) => l['zh-CN']).join('、')}居中`.slice(0, 80),
      };
    }
    const seen = (used.get(name.en) ?? 0) + 1;
    used.set(name.en, seen);
    return seen === 1 ? name : { en: `${name.en} (${seen})`, 'zh-CN': `${name['zh-CN']}（${seen}）` };
  });
}
