import {
  DEFAULT_NON_PRODUCT_CODES,
  nonProductCodesSchema,
  type NonProductSettings,
  type RunProducts,
} from '../../shared/products';
import { readDatasetSetting, writeDatasetSetting } from '../store/dataset-settings';
import type { Db } from '../store/open-database';
import type { ServiceContext } from './service-context';

/** Where a dataset's own list of codes that are not products is kept (dataset_settings). */
export const NON_PRODUCT_CODES_KEY = 'nonProductCodes';

/** A dataset's non-product codes: its own list when one is kept (and reads), else the defaults. */
export function readNonProducts(db: Db, datasetId: number): NonProductSettings {
  const parsed = nonProductCodesSchema.safeParse(readDatasetSetting(db, datasetId, NON_PRODUCT_CODES_KEY));
  const defaults = [...DEFAULT_NON_PRODUCT_CODES];
  return parsed.success ? { codes: parsed.data, defaults, edited: true } : { codes: defaults, defaults, edited: false };
}

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
