import { DEFAULT_NON_PRODUCT_CODES, nonProductCodesSchema, type NonProductSettings } from '../../shared/products';
import { readDatasetSetting } from './dataset-settings';
import type { Db } from './open-database';

/** Where a dataset's own list of codes that are not products is kept (dataset_settings). */
export const NON_PRODUCT_CODES_KEY = 'nonProductCodes';

/** A dataset's non-product codes: its own list when one is kept (and reads), else the defaults. */
export function readNonProducts(db: Db, datasetId: number): NonProductSettings {
  const parsed = nonProductCodesSchema.safeParse(readDatasetSetting(db, datasetId, NON_PRODUCT_CODES_KEY));
  const defaults = [...DEFAULT_NON_PRODUCT_CODES];
  return parsed.success ? { codes: parsed.data, defaults, edited: true } : { codes: defaults, defaults, edited: false };
}
