import { AppError } from '../../shared/errors';
import { DEFAULT_NON_PRODUCT_CODES, type BasketResult, type BasketSpec } from '../../shared/products';
import type { Db } from '../store/open-database';
import type { ServiceContext } from './service-context';

/** Basket rules: what sells together, over a dataset's orders or one segment's. */
export class BasketService {
  constructor(private readonly ctx: ServiceContext) {}

  /** Association rules (computed in the worker). */
  rules(spec: BasketSpec, jobId?: string): Promise<BasketResult> {
    const dataset = this.ctx.requireDataset(spec.datasetId);
    if ((spec.runId === undefined) !== (spec.segment === undefined))
      throw new AppError('E_INVALID_INPUT', 'Give both a run and one of its segments, or neither (all orders).', {
        runId: spec.runId ?? null,
        segment: spec.segment ?? null,
      });
    if (spec.runId !== undefined) this.ctx.requireRun(spec.runId);
    const store = this.ctx.requireStore();
    const nonProducts = nonProductCodes(store.db, dataset.id);
    return this.ctx.jobs.run('basket:rules', { workspacePath: store.path, spec, nonProducts }, jobId);
  }
}

/** A dataset's codes that are not products: the user's list (dataset_settings 'nonProductCodes'), else the defaults. */
export function nonProductCodes(db: Db, datasetId: number): string[] {
  const row = db
    .prepare("SELECT value FROM dataset_settings WHERE dataset_id = ? AND key = 'nonProductCodes'")
    .pluck()
    .get(datasetId) as string | undefined;
  if (row === undefined) return [...DEFAULT_NON_PRODUCT_CODES];
  const codes = JSON.parse(row) as unknown;
  return Array.isArray(codes)
    ? codes.filter((c): c is string => typeof c === 'string')
    : [...DEFAULT_NON_PRODUCT_CODES];
}
