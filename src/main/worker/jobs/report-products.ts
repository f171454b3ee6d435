import { AppError } from '../../../shared/errors';
import type { RunProducts } from '../../../shared/products';
import type { JobContext } from '../protocol';
import type { RunRef } from './load-run';
import { productsRun } from './products-run';

/** What products per segment say of data they cannot read; the run's report is made without them. */
const NO_PRODUCTS: ReadonlySet<string> = new Set(['E_MISSING_ROLE', 'E_NO_VALUES']);

/**
 * What each segment of a run buys, for its report: the same job as `products:run` (and its
 * cache), with the dataset's non-product codes. Null when the lines cannot be read for it (no
 * order date or spend): the report is then made without products.
 */
export async function reportProducts(
  ref: RunRef & { nonProducts: string[] },
  ctx: JobContext,
): Promise<RunProducts | null> {
  try {
    return await productsRun(ref, ctx);
  } catch (err) {
    if (err instanceof AppError && NO_PRODUCTS.has(err.code)) return null;
    throw err;
  }
}
