import { AppError } from '../../shared/errors';
import type { BasketResult, BasketSpec } from '../../shared/products';
import type { ServiceContext } from './service-context';

/** Basket rules: what sells together, over a dataset's orders or one segment's. */
export class BasketService {
  constructor(private readonly ctx: ServiceContext) {}

  /** Association rules (computed in the worker). */
  rules(spec: BasketSpec, _jobId?: string): Promise<BasketResult> {
    this.ctx.requireDataset(spec.datasetId);
    throw new AppError('E_INVALID_INPUT', 'Basket rules are being built (issue 26).');
  }
}
