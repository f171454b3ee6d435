import { AppError } from '../../shared/errors';
import type { BasketResult, BasketSpec } from '../../shared/products';
import { readNonProducts } from '../store/non-product-settings';
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
    const nonProducts = readNonProducts(store.db, dataset.id).codes;
    return this.ctx.jobs.run('basket:rules', { workspacePath: store.path, spec, nonProducts }, jobId);
  }
}
