import { AppError } from '../../../shared/errors';
import { missingRoleError } from '../../../shared/missing-role';
import type { CrossSellSpec, ItemLevel } from '../../../shared/products';
import { purchaseRows } from '../../engine/features/purchase-rows';
import { membership } from '../../engine/monitor/migration';
import { crossSellRows, resolveSpec, type CrossSellBase } from '../../engine/products/cross-sell-members';
import { itemLines } from '../../engine/products/item-lines';
import { memberOfRows } from '../../engine/products/segment-products';
import { unitRows } from '../../engine/products/unit-rows';
import { openDatabase } from '../../store/open-database';
import { readRunListMembers } from '../../store/run-lists';
import { readNonProducts } from '../../store/non-product-settings';
import { loadDataset } from '../dataset-cache';
import { runDataKey } from '../dataset-version';
import type { JobContext } from '../protocol';
import { recentCache } from '../recent-cache';
import { loadRun, type RunRef } from './load-run';

export interface ListMembersInput extends RunRef {
  spec: CrossSellSpec;
  /** The dataset's codes that are not products (its own list, or the defaults). */
  nonProducts: string[];
}

export interface ListMembersResult {
  /** The spec with its items as the data names them. */
  spec: CrossSellSpec;
  /** The list's members: row numbers in the run's members, ascending. */
  rows: Uint32Array;
  customers: number;
}

/** The last runs' items by member, by run (its creation and revision), dataset version, level and non-product codes. */
const cached = recentCache<CrossSellBase>(2);

/** A run's counted lines by member with their items at `level`: what every list of the run is found in. */
function crossSellBase(
  input: ListMembersInput,
  loaded: ReturnType<typeof loadRun>,
  level: ItemLevel,
  ctx: JobContext,
): CrossSellBase {
  const { run, result } = loaded;
  const { info, table } = loadDataset(input.workspacePath, run.datasetId, ctx.config);
  if (info.kind !== 'transactions' || result.model === 'orders')
    throw new AppError(
      'E_INVALID_INPUT',
      `Run ${run.id} segments customers without their order lines: cross-sell lists need a transactions dataset.`,
      { needs: 'transactions' },
    );
  const key = runDataKey(input.workspacePath, run, info, level, JSON.stringify(input.nonProducts));
  return cached(key, () => {
    const lines = itemLines(table, info.roles, level, input.nonProducts);
    if (!lines)
      throw missingRoleError(
        [level === 'product' ? 'productId' : 'category'],
        `Cross-sell lists by ${level} need a ${level} column.`,
      );
    const members = membership(loaded.members, result);
    const rows = purchaseRows(table, info.roles);
    const member = memberOfRows(rows.customer, rows.ids(), members.ids);
    const analysisDay = Math.floor(Date.parse(`${result.analysisDate}T00:00:00Z`) / 86_400_000);
    const units = unitRows(member, rows.day, members.ids.length, analysisDay);
    return { item: lines.item, items: lines.items, units, segmentOf: members.segment };
  });
}

/**
 * A cross-sell list's members: the run's customers (of one segment, or all) whose lines before the
 * analysis day hold every item of `bought` and none of `notBought` (non-product codes left out).
 */
export async function listMembers(input: ListMembersInput, ctx: JobContext): Promise<ListMembersResult> {
  ctx.progress(0, { key: 'exportReading', params: {} });
  const loaded = loadRun(input, ctx);
  const base = crossSellBase(input, loaded, input.spec.by, ctx);
  const segments = loaded.result.segments.length;
  if (input.spec.segment !== null && input.spec.segment >= segments)
    throw new AppError(
      'E_INVALID_INPUT',
      `This run has ${segments} segments; there is no segment ${input.spec.segment}.`,
      {
        segment: input.spec.segment,
      },
    );
  ctx.throwIfCancelled();
  const { spec, bought, notBought } = resolveSpec(base.items, input.spec);
  const rows = crossSellRows(base, spec.segment, bought, notBought);
  return { spec, rows, customers: rows.length };
}

/**
 * The members of a list kept with a run (row numbers in its members); E_NOT_FOUND for a list of
 * another run. A run edited since the list was made (its members made anew) has them found again
 * from the list's spec, so the list never names the wrong customers.
 */
export async function keptListRows(
  ref: { workspacePath: string; runId: number },
  listId: number,
  ctx: JobContext,
): Promise<Uint32Array> {
  const db = openDatabase(ref.workspacePath, { readonly: true, nativeBinding: ctx.config.nativeBinding });
  let kept: ReturnType<typeof readRunListMembers>;
  let nonProducts: string[];
  try {
    kept = readRunListMembers(db, listId, ref.runId);
    nonProducts = readNonProducts(db, kept.datasetId).codes;
  } finally {
    db.close();
  }
  if (kept.list.createdAt >= kept.runCreatedAt) return kept.rows;
  // Lists read no "today": `now` is only what a run reference carries.
  return (await listMembers({ ...ref, now: 0, spec: kept.list.spec, nonProducts }, ctx)).rows;
}
