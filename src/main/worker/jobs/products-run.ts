import type { RunProducts } from '../../../shared/products';
import { itemColumns } from '../../engine/products/item-lines';
import { segmentProducts, type SegmentProducts } from '../../engine/products/segment-products';
import { membership } from '../../engine/monitor/migration';
import { loadDataset } from '../dataset-cache';
import { runDataKey } from '../dataset-version';
import type { JobContext } from '../protocol';
import { recentCache } from '../recent-cache';
import { loadRun, type RunRef } from './load-run';

export interface ProductsRunInput extends RunRef {
  /** The dataset's codes that are not products (its own list, or the defaults). */
  nonProducts: string[];
}

/** The last runs' products per segment, by run (its creation and revision), dataset version and non-product codes. */
const cached = recentCache<SegmentProducts>(2);

/**
 * What each segment of a run buys (products and categories, whichever the dataset has). A run on a
 * customers dataset needs transactions; transactions without a product or category column need one.
 */
export async function productsRun(input: ProductsRunInput, ctx: JobContext): Promise<RunProducts> {
  ctx.progress(0, { key: 'exportReading', params: {} });
  const loaded = loadRun(input, ctx);
  const { run, result } = loaded;
  const { info, table } = loadDataset(input.workspacePath, run.datasetId, ctx.config);
  const base = { runId: run.id, analysisDate: result.analysisDate || null };
  const none = { product: null, category: null, excluded: null };
  if (info.kind !== 'transactions' || result.model === 'orders') return { ...base, needs: 'transactions', ...none };
  if (!itemColumns(info.roles, 'product') && !itemColumns(info.roles, 'category'))
    return { ...base, needs: 'productOrCategory', ...none };
  ctx.throwIfCancelled();
  const key = runDataKey(input.workspacePath, run, info, JSON.stringify(input.nonProducts));
  const found = cached(key, () => {
    const members = membership(loaded.members, result);
    return segmentProducts({
      table,
      roles: info.roles,
      members: { ids: members.ids, segment: members.segment, segments: result.segments.length },
      analysisDate: Date.parse(`${result.analysisDate}T00:00:00Z`),
      nonProducts: input.nonProducts,
    });
  });
  ctx.throwIfCancelled();
  return { ...base, needs: null, ...found };
}
