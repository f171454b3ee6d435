import { crossSellListName } from '../../shared/cross-sell-action';
import { specFromTopProducts } from '../../shared/cross-sell-spec';
import { AppError } from '../../shared/errors';
import { crossSellSpecSchema, type CrossSellSpec, type ItemLevel, type TargetList } from '../../shared/products';
import type { Language } from '../../shared/schemas';
import { readRun } from '../store/runs';
import { deleteRunList, insertRunList, readRunList, readRunLists } from '../store/run-lists';
import type { ListMembersResult } from '../worker/jobs/list-members';
import { readNonProducts } from '../store/non-product-settings';
import type { ServiceContext } from './service-context';
import type { ProductsService } from './products-service';

/** The longest name a list keeps (as run names: nameSchema). */
const MAX_NAME = 200;

const clip = (name: string) => (name.length <= MAX_NAME ? name : `${name.slice(0, MAX_NAME - 1)}…`);

/** Cross-sell lists: customers of a segment who bought A but never B, kept with their run. */
export class ListService {
  constructor(
    private readonly ctx: ServiceContext,
    /** The app's language, for default names. */
    private readonly language: () => Language = () => 'en',
    private readonly products?: ProductsService,
  ) {}

  /** The list's members, found in the worker with the dataset's non-product codes. */
  private members(runId: number, spec: CrossSellSpec, jobId?: string): Promise<ListMembersResult> {
    const { run, ref } = this.ctx.runRef(runId);
    const { codes } = readNonProducts(this.ctx.requireStore().db, run.datasetId);
    const clean = crossSellSpecSchema.parse(spec);
    return this.ctx.jobs.run('lists:members', { ...ref, spec: clean, nonProducts: codes }, jobId);
  }

  /** How many customers the list would hold. */
  async preview(runId: number, spec: CrossSellSpec, jobId?: string): Promise<{ customers: number }> {
    const { customers } = await this.members(runId, spec, jobId);
    return { customers };
  }

  /** Makes the list (in the worker) and keeps it with the run, in one transaction; named from its spec (in `lang`, the app's language by default) unless given a name. */
  async create(
    runId: number,
    spec: CrossSellSpec,
    name?: string,
    jobId?: string,
    lang: Language = this.language(),
  ): Promise<TargetList> {
    this.ctx.requireWritable();
    const found = await this.members(runId, spec, jobId);
    const store = this.ctx.requireWritable();
    const { segments } = readRun(store.db, runId).result;
    const segment = found.spec.segment === null ? null : (segments[found.spec.segment]?.name ?? null);
    const listName = name?.trim() || clip(crossSellListName(found.spec, segment, lang));
    return insertRunList(store.db, { runId, name: listName, spec: found.spec, members: found.rows });
  }

  /** The lists kept with a run, oldest first. */
  lists(runId: number): TargetList[] {
    const run = this.ctx.requireRun(runId);
    return readRunLists(this.ctx.requireStore().db, run.id);
  }

  /** One list (E_NOT_FOUND when there is none with this id). */
  list(listId: number): TargetList {
    return readRunList(this.ctx.requireStore().db, listId);
  }

  /** Deletes a list, in one transaction. */
  delete(listId: number): void {
    deleteRunList(this.ctx.requireWritable().db, listId);
  }

  /**
   * The spec of "customers of segment S who have bought none of S's top `n` products (or
   * categories) by buyers", from the run's products per segment.
   */
  async topProductsSpec(runId: number, segment: number, n: number, by: ItemLevel = 'product'): Promise<CrossSellSpec> {
    if (!this.products) throw new AppError('E_INTERNAL', 'Products per segment are not available here.');
    const products = await this.products.runProducts(runId);
    const items = products[by]?.segments.find((s) => s.segment === segment);
    const spec = items ? specFromTopProducts(items, n, by) : null;
    if (!spec)
      throw new AppError('E_INVALID_INPUT', `Segment ${segment} of run ${runId} has no ${by}s to offer.`, {
        segment,
        by,
        needs: products.needs,
      });
    return spec;
  }
}
