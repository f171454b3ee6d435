import type { Table } from 'apache-arrow';
import { AppError } from '../../../shared/errors';
import { matchColumnDetails, missingRoleError } from '../../../shared/missing-role';
import { matchCandidates, type MatchBy, type MatchCandidate } from './match-columns';
import { fileKeys, memberKeys } from './match-keys';
import type { MemberContacts } from './member-contacts';
import { mapUint8 } from '../table/map-typed';

/** How a file's rows were matched to a run's members. */
export interface FileMatch {
  /** Per file row, the member row it names (-1: none; the first member in member order when several share an e-mail or phone). */
  rows: Int32Array;
  /** What the rows were matched by, and the file's column that holds it. */
  by: 'customerId' | 'email' | 'phone';
  column: string;
  /** File rows that named nobody of the run (blank ones not counted). */
  unmatched: number;
  /** File rows whose cell in that column is blank (skipped). */
  blank: number;
  /** Per file row, 1 when its cell in that column is blank. */
  blankRows: Uint8Array;
  /** Per member row, 1 when some file row names the member's id, e-mail or phone (every member sharing it, not only the first). */
  named: Uint8Array;
}

export interface MatchMembers {
  ids: readonly string[];
  contacts: MemberContacts | null;
  /** ISO-2 country of phone numbers written without a country code. */
  defaultCountry: string | null;
}

/** A column the caller names: by its name (e-mail or phone when its header or values say so, else customer id), or with what it holds. */
export type MatchColumn = string | { by: MatchBy; column: string };

const CONTACT_ROLE: Record<Exclude<MatchBy, 'customerId'>, 'email' | 'phone'> = { email: 'email', phone: 'phone' };

/** The members' keys by what they are matched by, and the first member of each key (member order). */
interface MemberIndex {
  keys: (string | null)[];
  first: Map<string, number>;
}

function memberIndex(members: MatchMembers, by: MatchBy): MemberIndex {
  const keys = memberKeys(by, members.ids, members.contacts, members.defaultCountry);
  const first = new Map<string, number>();
  keys.forEach((key, row) => {
    if (key !== null && !first.has(key)) first.set(key, row);
  });
  return { keys, first };
}

function matchOne(file: Table, members: MatchMembers, candidate: MatchCandidate, index: MemberIndex): FileMatch {
  const { keys, blank } = fileKeys(file, candidate.column, candidate.by, members.defaultCountry);
  const { keys: mine, first } = index;
  const inFile = new Set<string>();
  const rows = new Int32Array(file.numRows).fill(-1);
  let unmatched = 0;
  let blanks = 0;
  for (let r = 0; r < file.numRows; r++) {
    if (blank[r]) {
      blanks++;
      continue;
    }
    const key = keys[r];
    const row = key === null ? undefined : first.get(key);
    if (row === undefined) unmatched++;
    else {
      rows[r] = row;
      inFile.add(key!);
    }
  }
  const named = mapUint8(mine, (key) => (key !== null && inFile.has(key) ? 1 : 0));
  return { rows, by: candidate.by, column: candidate.column, unmatched, blank: blanks, blankRows: blank, named };
}

/** Can the members be told apart by what the candidate holds (an e-mail needs the run's data to have e-mail addresses)? */
const usable = (members: MatchMembers, c: MatchCandidate) =>
  c.by === 'customerId' || members.contacts?.columns[CONTACT_ROLE[c.by]] !== undefined;

/**
 * A file of customers (a suppression list, a platform's campaign results) matched to a run's
 * members by customer id, e-mail (normalised) or phone (E.164): the column named, else every
 * column whose header or values say it identifies customers and that the run's data can match,
 * best first — the one naming the most distinct members (ties: id, then e-mail, then phone; a
 * header before values). E_MISSING_ROLE when no column identifies customers (details: source
 * 'matchFile' and the file's columns, shown in the user's language) or when its only such columns
 * are e-mails or phones the run's data has none of (the role to map); E_INVALID_INPUT for a named
 * column the file lacks.
 */
export function matchFileColumns(file: Table, members: MatchMembers, column?: MatchColumn): FileMatch[] {
  const names = file.schema.fields.map((f) => f.name);
  const candidates = matchCandidates(file, column);
  for (const c of candidates)
    if (!names.includes(c.column))
      throw new AppError(
        'E_INVALID_INPUT',
        `The file has no column "${c.column}" (its columns: ${names.join(', ')}).`,
        {
          column: c.column,
          columns: names,
        },
      );
  if (candidates.length === 0)
    throw new AppError(
      'E_MISSING_ROLE',
      `No column of the file says who the customer is: give it a customer id, e-mail or phone column (its columns: ${names.join(', ')}).`,
      matchColumnDetails(names),
    );
  const fit = candidates.filter((c) => usable(members, c));
  if (fit.length === 0) {
    const role = CONTACT_ROLE[candidates[0].by as Exclude<MatchBy, 'customerId'>];
    throw missingRoleError(
      [role],
      `The file names customers by ${role === 'email' ? 'e-mail address' : 'phone number'} ("${candidates[0].column}"), but no column of the run's data means that.`,
    );
  }
  const indexes = new Map<MatchBy, MemberIndex>();
  const matches = fit.map((c) => {
    if (!indexes.has(c.by)) indexes.set(c.by, memberIndex(members, c.by));
    const match = matchOne(file, members, c, indexes.get(c.by)!);
    return { match, named: match.named.reduce((n, v) => n + v, 0) };
  });
  // A stable sort keeps the candidates' order among ties.
  return matches.sort((a, b) => b.named - a.named).map((m) => m.match);
}

/** The file's rows matched by its best column (see matchFileColumns). */
export function matchFileRows(file: Table, members: MatchMembers, column?: MatchColumn): FileMatch {
  return matchFileColumns(file, members, column)[0];
}
