import { FINDING_THRESHOLDS as T } from '../../../../shared/finding-thresholds';
import type { Finding } from '../../../../shared/overview';
import { applyRules } from '../../models/rules';
import type { OverviewRows } from '../overview-rows';
import { slippingRegularsSpec } from './finding-specs';
import { windowCustomers } from './window-customers';

/**
 * "184 customers who used to buy every month have not bought for 90 days; they spent £48,210
 * last year": the customers slippingRegularsSpec takes, counted by the rules model itself over
 * the fields a run at the same analysis day makes (so the run has exactly this many), and their
 * spend in the year before the analysis day. None without customers or with fewer than
 * `slippingCustomers` of them. Next step: that rules run.
 */
export function slippingRegulars(rows: OverviewRows, analysisDay: number): Finding | null {
  if (rows.customers === 0) return null;
  const spec = slippingRegularsSpec(analysisDay);
  const table = windowCustomers(rows, analysisDay, T.yearDays);
  const { segment } = applyRules(table, spec.rules);
  const spend = table.fields.find((f) => f.name === 'monetary')!;
  let customers = 0;
  let spent = 0;
  for (let c = 0; c < segment.length; c++) {
    if (segment[c] !== 0) continue;
    customers++;
    if (spend.kind !== 'category') spent += spend.values[c];
  }
  if (customers < T.slippingCustomers) return null;
  return {
    key: 'slippingRegulars',
    tone: 'bad',
    values: {
      customers: { kind: 'int', value: customers },
      days: { kind: 'days', value: T.slippingDays },
      spend: { kind: 'money', value: spent },
    },
    action: { kind: 'rules', spec },
  };
}
