import { AppError } from '../../../shared/errors';
import { memberContacts, type MemberContacts } from '../../engine/contacts/member-contacts';
import { columnArrays } from '../../engine/table/column-arrays';
import { loadDataset } from '../dataset-cache';
import type { JobContext } from '../protocol';
import { loadRun, type RunRef } from './load-run';

/** A run's members with their contact values, for export presets and for matching files to customers. */
export interface MemberContactsData {
  /** The members' customer ids, in member-row order. */
  ids: string[];
  contacts: MemberContacts;
  /** Each member's segment (index into the run's segments). */
  segmentOf: Float64Array;
  /** The loaded run (spec, result, members, campaigns …), so callers need not read it again. */
  loaded: ReturnType<typeof loadRun>;
}

/**
 * Loads a run, its dataset and the customers dataset linked to it, and reads each member's contact
 * values (see memberContacts).
 */
export function loadMemberContacts(ref: RunRef, ctx: JobContext): MemberContactsData {
  const loaded = loadRun(ref, ctx);
  const { members } = loaded;
  const idVector = members.getChild('customerId');
  if (!idVector) throw new AppError('E_INVALID_INPUT', 'This run has no customer ids to export.');
  const ids = Array.from({ length: members.numRows }, (_, i) => String(idVector.get(i)));
  const segmentIndex = members.schema.fields.findIndex((f) => f.name === 'segment');
  const segments = segmentIndex < 0 ? null : columnArrays(members, segmentIndex);
  const segmentOf = segments?.type === 'number' ? segments.values : new Float64Array(members.numRows);
  const { info, table } = loadDataset(ref.workspacePath, loaded.run.datasetId, ctx.config);
  const linked =
    info.kind === 'transactions' && info.customersDatasetId !== null
      ? loadDataset(ref.workspacePath, info.customersDatasetId, ctx.config)
      : null;
  const contacts = memberContacts({
    ids,
    dataset: { kind: info.kind, table, roles: info.roles },
    linked: linked ? { table: linked.table, roles: linked.info.roles } : null,
  });
  return { ids, contacts, segmentOf, loaded };
}
