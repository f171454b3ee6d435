import type { Table } from 'apache-arrow';
import type { BasketResult, BasketSpec } from '../../../shared/products';
import type { DatasetInfo } from '../../../shared/schemas';
import { type BasketLines, basketLines } from '../../engine/products/basket/basket-lines';
import { basketRules } from '../../engine/products/basket/basket-rules';
import { openDatabase } from '../../store/open-database';
import { readRun, readRunMembers } from '../../store/runs';
import { AppError } from '../../../shared/errors';
import { columnArrays } from '../../engine/table/column-arrays';
import { loadDataset } from '../dataset-cache';
import { datasetVersion } from '../dataset-version';
import type { JobContext } from '../protocol';
import { recentCache } from '../recent-cache';

export interface BasketInput {
  workspacePath: string;
  spec: BasketSpec;
  /** The dataset's codes that are not products. */
  nonProducts: string[];
}

const cached = recentCache<BasketLines | null>(2);

/** A dataset's orders and items at one level, made once per dataset version, level and non-product codes. */
function loadBasketLines(info: DatasetInfo, table: Table, input: BasketInput): BasketLines | null {
  const key = [input.workspacePath, datasetVersion(info), input.spec.by, JSON.stringify(input.nonProducts)].join('|');
  return cached(key, () => basketLines(table, info.roles, input.spec.by, input.nonProducts));
}

/** Basket rules over a dataset's orders, or over the orders of one segment of a run. */
export async function basketJob(input: BasketInput, ctx: JobContext): Promise<BasketResult> {
  const { spec } = input;
  ctx.progress(0, { key: 'basketMaking', params: {} });
  const { info, table } = loadDataset(input.workspacePath, spec.datasetId, ctx.config);
  const empty = { by: spec.by, orders: 0, items: 0, frequentItems: 0, rules: [], truncated: false, found: 0 };
  if (info.kind !== 'transactions') return { ...empty, needs: 'transactions', excluded: null };
  const lines = loadBasketLines(info, table, input);
  if (!lines) return { ...empty, needs: 'productOrCategory', excluded: null };
  ctx.throwIfCancelled();
  const keep =
    spec.runId !== undefined && spec.segment !== undefined
      ? segmentRows(input.workspacePath, spec.runId, spec.segment, lines, ctx)
      : null;
  ctx.progress(0.3, { key: 'basketMaking', params: {} });
  const found = basketRules(lines, spec, keep, () => ctx.throwIfCancelled());
  return { ...found, needs: null, by: spec.by, excluded: lines.lines.excluded, orderedBy: lines.orderedBy };
}

/** The rows of the customers in one segment of a run (matched by customer id). */
function segmentRows(
  workspacePath: string,
  runId: number,
  segment: number,
  lines: BasketLines,
  ctx: JobContext,
): Uint8Array {
  const db = openDatabase(workspacePath, { readonly: true, nativeBinding: ctx.config.nativeBinding });
  let members: Table;
  try {
    const segments = readRun(db, runId).result.segments.length;
    if (segment >= segments)
      throw new AppError('E_INVALID_INPUT', `Run ${runId} has ${segments} segments: there is no segment ${segment}.`, {
        runId,
        segment,
      });
    members = readRunMembers(db, runId);
  } finally {
    db.close();
  }
  const idVector = members.getChild('customerId')!;
  const segments = columnArrays(
    members,
    members.schema.fields.findIndex((f) => f.name === 'segment'),
  );
  const inSegment = new Set<string>();
  if (segments.type === 'number')
    for (let i = 0; i < members.numRows; i++)
      if (segments.values[i] === segment) inSegment.add(String(idVector.get(i)));
  const chosen = Uint8Array.from(lines.customerIds(), (id) => (inSegment.has(id) ? 1 : 0));
  const keep = new Uint8Array(lines.customer.length);
  for (let r = 0; r < keep.length; r++) {
    const c = lines.customer[r];
    keep[r] = c >= 0 ? chosen[c] : 0;
  }
  return keep;
}
