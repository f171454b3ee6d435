import type { BasketResult, ItemLevel } from '../../shared/products';
import { DEFAULT_NON_PRODUCT_CODES } from '../../shared/products';
import { basketLines } from '../engine/products/basket/basket-lines';
import { basketRules } from '../engine/products/basket/basket-rules';
import { loadDataset } from '../worker/dataset-cache';
import { basketJob } from '../worker/jobs/basket-job';
import type { JobContext } from '../worker/protocol';

const seconds = (t0: number) => (performance.now() - t0) / 1000;

/**
 * `measure basket <workspace> <product|category> <minSupport> [customerDay]`: basket rules of
 * dataset 1 as the worker makes them. `first`: the job cold (the dataset read from the
 * workspace, its lines read, then the rules); `warm`: the job again with the dataset in the
 * worker's memory (lines made anew: another dataset version or non-product list); `lines`:
 * reading each row's order and item alone; `runs`: the rules from the lines (what another
 * threshold or segment costs), `times` times. `customerDay`: orders told apart as if the data
 * had no order id (a customer's lines on one day), for files whose orders hold one line each.
 */
export async function measureBasket(
  workspace: string,
  by: ItemLevel,
  minSupport: number,
  ctx: JobContext,
  customerDay = false,
  times = 5,
): Promise<unknown> {
  const spec = { datasetId: 1, by, minSupport, minConfidence: 0.3, maxItems: 3 };
  const nonProducts = [...DEFAULT_NON_PRODUCT_CODES];
  const t0 = performance.now();
  let result: BasketResult = await basketJob({ workspacePath: workspace, spec, nonProducts }, ctx);
  const first = seconds(t0);
  const t3 = performance.now();
  await basketJob({ workspacePath: workspace, spec, nonProducts: [...nonProducts, 'NO SUCH CODE'] }, ctx);
  const warm = seconds(t3);
  const { info, table } = loadDataset(workspace, 1, ctx.config);
  const roles = customerDay ? { ...info.roles, orderId: undefined } : info.roles;
  const t1 = performance.now();
  const lines = basketLines(table, roles, by, nonProducts)!;
  const linesSeconds = seconds(t1);
  if (customerDay) result = { ...result, ...basketRules(lines, spec), orderedBy: lines.orderedBy };
  const runs: number[] = [];
  for (let i = 0; i < times; i++) {
    const t2 = performance.now();
    basketRules(lines, spec);
    runs.push(seconds(t2));
  }
  return {
    task: 'basket',
    by,
    minSupport,
    rows: table.numRows,
    orders: result.orders,
    items: result.items,
    frequentItems: result.frequentItems,
    rules: result.found,
    orderedBy: result.orderedBy,
    first,
    warm,
    lines: linesSeconds,
    runs,
  };
}
