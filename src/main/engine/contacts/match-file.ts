import type { Table } from 'apache-arrow';
import type { MemberContacts } from './member-contacts';

/** How a file's rows were matched to a run's members. */
export interface FileMatch {
  /** Per file row, the member row it names (-1: none). */
  rows: Int32Array;
  /** What the rows were matched by, and the file's column that holds it. */
  by: 'customerId' | 'email' | 'phone';
  column: string;
  /** File rows that named nobody of the run (blank ones not counted). */
  unmatched: number;
}

export interface MatchMembers {
  ids: readonly string[];
  contacts: MemberContacts | null;
  /** ISO-2 country of phone numbers written without a country code. */
  defaultCountry: string | null;
}

/**
 * A file of customers (a suppression list, a platform's campaign results) matched to a run's
 * members by customer id, e-mail (normalised) or phone (E.164) — the column named, else the one
 * its header or values say (built in issue 27 by the matching part). E_INVALID_INPUT when no column
 * identifies customers.
 */
export function matchFileRows(_file: Table, _members: MatchMembers, _column?: string): FileMatch {
  throw new Error('matchFileRows: not built yet');
}
