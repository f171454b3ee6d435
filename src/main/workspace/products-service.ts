import { nonProductCodesSchema, type NonProductSettings, type RunProducts } from '../../shared/products';
import { writeDatasetSetting } from '../store/dataset-settings';
import { NON_PRODUCT_CODES_KEY, readNonProducts } from '../store/non-product-settings';
import type { ServiceContext } from './service-context';

/** Trimmed codes, each once (the first spelling of codes equal but for case). */
function cleanCodes(codes: readonly string[]): string[] {
  const seen = new Set<string>();
  return codes
    .map((c) => c.trim())
    .filter((c) => {
      const key = c.toLowerCase();
      if (c === '' || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** Products and categories per segment of a run, and each dataset's codes that are not products. */
export class ProductsService {
  constructor(private readonly ctx: ServiceContext) {}

  /** What each segment of a run buys (computed in the worker, with its dataset's non-product codes). */
  runProducts(runId: number, jobId?: string): Promise<RunProducts> {
    const { run, ref } = this.ctx.runRef(runId);
    const { codes } = readNonProducts(this.ctx.requireStore().db, run.datasetId);
    return this.ctx.jobs.run('products:run', { ...ref, nonProducts: codes }, jobId);
  }

  /** The dataset's codes that are not products. */
  nonProducts(datasetId: number): NonProductSettings {
    this.ctx.requireDataset(datasetId);
    return readNonProducts(this.ctx.requireStore().db, datasetId);
  }

  /** Sets them (null: back to the defaults), in one transaction. */
  setNonProducts(datasetId: number, codes: string[] | null): NonProductSettings {
    const store = this.ctx.requireWritable();
    store.dataset(datasetId);
    const value = codes === null ? undefined : nonProductCodesSchema.parse(cleanCodes(codes));
    writeDatasetSetting(store.db, datasetId, NON_PRODUCT_CODES_KEY, value);
    return readNonProducts(store.db, datasetId);
  }
}
