import type { JoinStats } from '../../../shared/explore';
import { AppError } from '../../../shared/errors';
import { matchCustomers } from '../../engine/join/match-customers';
import { loadDataset } from '../dataset-cache';
import type { JobContext } from '../protocol';

export interface MatchDatasetsInput {
  workspacePath: string;
  transactionsId: number;
  customersId: number;
}

/** How the transactions of one dataset find their customers in another (joined on customer id). */
export async function matchDatasets(input: MatchDatasetsInput, ctx: JobContext): Promise<JoinStats> {
  const tx = loadDataset(input.workspacePath, input.transactionsId, ctx.config);
  const cu = loadDataset(input.workspacePath, input.customersId, ctx.config);
  const txId = tx.info.roles.customerId;
  const cuId = cu.info.roles.customerId;
  if (tx.info.kind !== 'transactions' || !txId)
    throw new AppError('E_NOT_LINKABLE', 'Only a transactions dataset with a customer id can be joined to customers.');
  if (cu.info.kind !== 'customers' || !cuId)
    throw new AppError('E_NOT_LINKABLE', 'The chosen dataset is not a customers dataset with a customer id.');
  return matchCustomers(tx.table, txId, cu.table, cuId).stats;
}
