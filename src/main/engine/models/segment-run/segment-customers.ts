import { missingRoleError } from '../../../../shared/missing-role';
import type { ClusterResult } from '../../../../shared/cluster';
import { AppError } from '../../../../shared/errors';
import type { ModelSpec } from '../../../../shared/segments';
import { runClustering } from '../../cluster/run-clustering';
import { clvOfSummary, runClv, type ClvRun } from '../../clv/run-clv';
import { summaryPurchases } from '../../clv/summary-purchases';
import { runRfm, type RfmResult, type Segmentation } from '../rfm';
import { applyRules } from '../rules';
import type { SegmentRunHooks, SegmentRunInput } from './segment-run-input';

/** The customers in segments by the spec's model, with what the model found besides. */
export interface ModelOutcome {
  segmentation: Segmentation;
  rfm: RfmResult | null;
  cluster: ClusterResult | null;
  clv: ClvRun | null;
}

const none = { rfm: null, cluster: null, clv: null };

function rfmOutcome(input: SegmentRunInput, spec: ModelSpec & { model: 'rfm' }): ModelOutcome {
  if (!input.features)
    throw missingRoleError(
      ['recency', 'orderCount', 'revenue'],
      'RFM needs transactions, or customers with recency (or last purchase), number of orders and revenue.',
    );
  const rfm = runRfm(input.features, spec);
  return { ...none, segmentation: rfm, rfm };
}

function clvOutcome(input: SegmentRunInput, spec: ModelSpec & { model: 'clv' }, hooks: SegmentRunHooks): ModelOutcome {
  const { dataset } = input;
  if (dataset.kind !== 'transactions' && !dataset.summary)
    throw missingRoleError(
      ['customerId', 'orderDate', 'amount'],
      'Lifetime value is modelled from transactions: a customer id, an order date and an amount per row.',
    );
  // Between the optimisers' steps: progress, and the user's cancel.
  const progress = (fraction: number) => {
    hooks.checkCancel();
    hooks.progress(fraction);
  };
  const { summary } = dataset;
  const clv = summary
    ? clvOfSummary(summaryPurchases(dataset.rows(), summary.columns, summary.days(), spec), spec, progress)
    : runClv(dataset.rows(), dataset.roles, spec, progress);
  const customers = input.table.ids.length;
  if (clv.summary.frequency.length !== customers)
    throw new AppError('E_INTERNAL', 'The CLV summary and the customer features count different customers.', {
      summary: clv.summary.frequency.length,
      features: customers,
    });
  return { ...none, segmentation: clv.segmentation, clv };
}

/** Runs the spec's model: RFM scores, the user's rules, CLV tiers or clusters. */
export function segmentCustomers(input: SegmentRunInput, spec: ModelSpec, hooks: SegmentRunHooks): ModelOutcome {
  if (spec.model === 'rfm') return rfmOutcome(input, spec);
  if (spec.model === 'clv') return clvOutcome(input, spec, hooks);
  if (spec.model === 'orders')
    throw new AppError('E_BAD_SPEC', 'Order segments are made from orders, not customers.', { model: spec.model });
  if (spec.model === 'rules') {
    const customers = input.table.ids.length;
    if (customers < 2)
      throw new AppError('E_TOO_FEW_CUSTOMERS', `Segmenting needs at least 2 customers; this data has ${customers}.`, {
        customers,
      });
    return { ...none, segmentation: applyRules(input.table, spec.rules) };
  }
  const outcome = runClustering(input.table, spec, hooks);
  return { ...none, ...outcome };
}
