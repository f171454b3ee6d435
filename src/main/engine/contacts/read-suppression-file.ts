import type { MatchBy } from './match-columns';
import { matchFileColumns, type MatchColumn, type MatchMembers } from './match-file';
import { readMatchTable } from './read-match-table';

/** Who a suppression file leaves out of an export. */
export interface Suppression {
  /** Per member row, 1 when the file names the member (by id, e-mail or phone: every member sharing a listed address). */
  suppressed: Uint8Array;
  /** The file's rows that name none of the run's customers by any of its columns (rows blank in all of them not counted). */
  unmatched: number;
  /** The file's rows, and those blank in every column matched by (skipped). */
  rows: number;
  blank: number;
  /** What the file's rows were matched by, and its column that holds it: the column naming the most members. */
  by: MatchBy;
  column: string;
  /** Every column matched by, that one first. */
  columns: string[];
}

/**
 * A suppression list (customers never to be sent to: unsubscribes, complaints, staff) read from a
 * file and matched to a run's members by customer id, e-mail and phone: a member is left out when
 * any column that identifies customers names them (see matchFileColumns) — an unsubscribe list with
 * both an e-mail and a phone column suppresses by both. A file without a column that identifies
 * customers is refused (E_MISSING_ROLE), never taken as empty.
 */
export async function readSuppressionFile(
  path: string,
  members: MatchMembers,
  column?: MatchColumn,
): Promise<Suppression> {
  const table = await readMatchTable(path);
  const matches = matchFileColumns(table, members, column);
  const suppressed = new Uint8Array(members.ids.length);
  let unmatched = 0;
  let blank = 0;
  for (const m of matches) for (let i = 0; i < suppressed.length; i++) suppressed[i] |= m.named[i];
  for (let r = 0; r < table.numRows; r++) {
    let anyText = false;
    let found = false;
    for (const m of matches) {
      if (m.rows[r] >= 0) found = true;
      // A row is blank in a column when it has no text there; a row with text that names nobody counts as unmatched.
      if (!m.blankRows[r]) anyText = true;
    }
    if (!anyText) blank++;
    else if (!found) unmatched++;
  }
  return {
    suppressed,
    unmatched,
    rows: table.numRows,
    blank,
    by: matches[0].by,
    column: matches[0].column,
    columns: matches.map((m) => m.column),
  };
}
