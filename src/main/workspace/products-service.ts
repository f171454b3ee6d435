import { AppError } from '../../shared/errors';
import type { NonProductSettings, RunProducts } from '../../shared/products';
import type { ServiceContext } from './service-context';

/** Products and categories per segment of a run, and each dataset's codes that are not products. */
export class ProductsService {
  constructor(private readonly ctx: ServiceContext) {}

  /** What each segment of a run buys (computed in the worker). */
  runProducts(runId: number, _jobId?: string): Promise<RunProducts> {
    this.ctx.requireRun(runId);
    throw new AppError('E_INVALID_INPUT', 'Products per segment are being built (issue 26).');
  }

  /** The dataset's codes that are not products. */
  nonProducts(datasetId: number): NonProductSettings {
    this.ctx.requireDataset(datasetId);
    throw new AppError('E_INVALID_INPUT', 'Non-product codes are being built (issue 26).');
  }

  /** Sets them (null: back to the defaults), in one transaction. */
  setNonProducts(datasetId: number, _codes: string[] | null): NonProductSettings {
    this.ctx.requireDataset(datasetId);
    throw new AppError('E_INVALID_INPUT', 'Non-product codes are being built (issue 26).');
  }
}
