import { AppError } from '../../shared/errors';
import type { CrossSellSpec, TargetList } from '../../shared/products';
import type { ServiceContext } from './service-context';

/** Cross-sell lists: customers of a segment who bought A but never B, kept with their run. */
export class ListService {
  constructor(private readonly ctx: ServiceContext) {}

  /** How many customers the list would hold. */
  preview(runId: number, _spec: CrossSellSpec, _jobId?: string): Promise<{ customers: number }> {
    this.ctx.requireRun(runId);
    throw new AppError('E_INVALID_INPUT', 'Cross-sell lists are being built (issue 26).');
  }

  /** Makes the list and keeps it with the run, in one transaction. */
  create(runId: number, _spec: CrossSellSpec, _name?: string, _jobId?: string): Promise<TargetList> {
    this.ctx.requireRun(runId);
    throw new AppError('E_INVALID_INPUT', 'Cross-sell lists are being built (issue 26).');
  }

  /** The lists kept with a run, oldest first. */
  lists(runId: number): TargetList[] {
    this.ctx.requireRun(runId);
    throw new AppError('E_INVALID_INPUT', 'Cross-sell lists are being built (issue 26).');
  }

  delete(listId: number): void {
    throw new AppError('E_NOT_FOUND', `No cross-sell list ${listId}.`);
  }
}
