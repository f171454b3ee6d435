import { finiteOrNull } from '../../../../shared/finite-or-null';
import type { SegmentSummary } from '../../../../shared/segments';
import { translatedName } from '../../../../shared/translated-name';
import type { SegmentDef } from '../rfm';
import type { SegmentSummaryRow } from '../segment-summary';

/** A summary row as a run keeps it: its segment's key and name ("All customers" for the overall row), null for what cannot be measured. */
export function summaryOf(row: SegmentSummaryRow, segments: readonly SegmentDef[]): SegmentSummary {
  const def = row.segment < 0 ? { key: 'all', name: translatedName('runNames.allCustomers') } : segments[row.segment];
  return {
    key: def.key,
    name: def.name,
    customers: row.customers,
    share: row.share,
    orders: finiteOrNull(row.orders),
    revenue: finiteOrNull(row.revenue),
    revenueShare: finiteOrNull(row.revenueShare),
    aov: finiteOrNull(row.aov),
    medianRecency: finiteOrNull(row.medianRecency),
    medianFrequency: finiteOrNull(row.medianFrequency),
    medianMonetary: finiteOrNull(row.medianMonetary),
  };
}
