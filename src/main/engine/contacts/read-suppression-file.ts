import type { MatchBy } from './match-columns';
import { matchFileRows, type MatchColumn, type MatchMembers } from './match-file';
import { readMatchTable } from './read-match-table';

/** Who a suppression file leaves out of an export. */
export interface Suppression {
  /** Per member row, 1 when the file names the member (by id, e-mail or phone: every member sharing a listed address). */
  suppressed: Uint8Array;
  /** The file's non-blank rows that name none of the run's customers. */
  unmatched: number;
  /** The file's rows, and those blank in the matched column (skipped). */
  rows: number;
  blank: number;
  /** What the file's rows were matched by, and its column that holds it. */
  by: MatchBy;
  column: string;
}

/**
 * A suppression list (customers never to be sent to: unsubscribes, complaints, staff) read from a
 * file and matched to a run's members by customer id, e-mail or phone (see matchFileRows). A file
 * without a column that identifies customers is refused (E_MISSING_ROLE), never taken as empty.
 */
export async function readSuppressionFile(
  path: string,
  members: MatchMembers,
  column?: MatchColumn,
): Promise<Suppression> {
  const table = await readMatchTable(path);
  const match = matchFileRows(table, members, column);
  return {
    suppressed: match.named,
    unmatched: match.unmatched,
    rows: table.numRows,
    blank: match.blank,
    by: match.by,
    column: match.column,
  };
}
