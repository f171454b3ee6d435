import type { ClvSpec } from '../../../shared/clv';
import type { SegmentName } from '../../../shared/segment-name';
import type { Segmentation } from '../models/rfm';

/** The value tiers, highest first: top 20 % / middle 60 % / bottom 20 %, or `count` equal quantiles. */
function tierNames(spec: ClvSpec): { key: string; name: SegmentName }[] {
  if (spec.tiers === 'top20') {
    return [
      { key: 'high', name: { en: 'High value', 'zh-CN': '高价值' } },
      { key: 'middle', name: { en: 'Middle value', 'zh-CN': '中等价值' } },
      { key: 'low', name: { en: 'Low value', 'zh-CN': '低价值' } },
    ];
  }
  return Array.from({ length: spec.count }, (_, q) => ({
    key: `q${q + 1}`,
    name: {
      en: `Value tier ${q + 1} of ${spec.count}${q === 0 ? ' (top)' : ''}`,
      'zh-CN': `价值第 ${q + 1}/${spec.count} 档${q === 0 ? '（最高）' : ''}`,
    },
  }));
}

/**
 * Each customer's tier when ranked by value, highest first, equal values in data order, tier t
 * holding ranks round(shares[t−1]·n) … round(shares[t]·n) − 1; and each tier's lowest value (NaN
 * for an empty tier). Without sorting the customers: the values sorted alone (the typed array's own
 * sort), then at each tier boundary b the value v there, the customers above it, and how many of
 * those equal to v (the first in data order) still rank before b.
 */
function rankTiers(clv: Float64Array, shares: number[]): { tier: Int32Array; tierFloors: number[] } {
  const n = clv.length;
  const sorted = clv.slice().sort();
  const desc = (rank: number) => sorted[n - 1 - rank];
  const bounds = shares.slice(0, -1).map((share) => Math.round(share * n));
  const cuts = bounds.map((b) => {
    if (b >= n) return { value: -Infinity, quota: 0 };
    const value = desc(b);
    let above = b;
    while (above > 0 && desc(above - 1) === value) above--;
    return { value, quota: b - above };
  });
  const ties = new Int32Array(cuts.length);
  const tier = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const v = clv[i];
    let t = 0;
    cuts.forEach((cut, k) => {
      if (v < cut.value || (v === cut.value && ties[k]++ >= cut.quota)) t = Math.max(t, k + 1);
    });
    tier[i] = t;
  }
  const ends = [...bounds, n];
  const tierFloors = ends.map((end, t) => (end > (t > 0 ? ends[t - 1] : 0) ? desc(end - 1) : Number.NaN));
  return { tier, tierFloors };
}

/** P(alive) bands, most active first. */
const BANDS: { key: string; name: SegmentName }[] = [
  { key: 'active', name: { en: 'active', 'zh-CN': '活跃' } },
  { key: 'at_risk', name: { en: 'at risk', 'zh-CN': '有流失风险' } },
  { key: 'lost', name: { en: 'likely lost', 'zh-CN': '可能已流失' } },
];

/**
 * Customers into value tiers by CLV (ranked, highest first; equal values in data order, as a
 * quantile cut of ranks), and — for the grid — each tier split by P(alive) band. Returns the
 * segmentation and each tier's lowest CLV.
 */
export function clvSegments(
  clv: Float64Array,
  alive: Float64Array,
  spec: ClvSpec,
): { segmentation: Segmentation; tierFloors: number[] } {
  const n = clv.length;
  const tiers = tierNames(spec);
  const shares = spec.tiers === 'top20' ? [0.2, 0.8, 1] : tiers.map((_, q) => (q + 1) / tiers.length);
  const { tier, tierFloors } = rankTiers(clv, shares);
  if (spec.scheme === 'tiers') return { segmentation: { segments: tiers, segment: tier }, tierFloors };
  const band = (p: number) => (p >= spec.alive.active ? 0 : p >= spec.alive.lost ? 1 : 2);
  const segments = tiers.flatMap((v) =>
    BANDS.map((b) => ({
      key: `${v.key}_${b.key}`,
      name: { en: `${v.name.en} · ${b.name.en}`, 'zh-CN': `${v.name['zh-CN']} · ${b.name['zh-CN']}` },
    })),
  );
  const segment = Int32Array.from({ length: n }, (_, i) => tier[i] * BANDS.length + band(alive[i]));
  return { segmentation: { segments, segment }, tierFloors };
}
