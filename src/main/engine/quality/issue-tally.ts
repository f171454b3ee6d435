import type { Table } from 'apache-arrow';
import { ISSUE_CODES, type IssueCode, type Policy, type QualityIssue } from '../../../shared/quality';
import type { RawTable } from '../io/raw-table';
import { exampleValues } from './example-values';

/** Example rows kept per issue. */
const EXAMPLES = 3;

/**
 * The issues found so far: per code the count, the column and the first example rows; per row
 * whether it is kept (its issues' policies) and a bit per flagged issue.
 */
export class IssueTally {
  readonly keep: Uint8Array;
  readonly flags: Int32Array;
  private readonly found = new Map<IssueCode, { count: number; column: string | null; rows: number[] }>();

  constructor(
    rows: number,
    private readonly policies: Record<IssueCode, Policy>,
  ) {
    this.keep = new Uint8Array(rows).fill(1);
    this.flags = new Int32Array(rows);
  }

  /** Row `row` has issue `code` (in `column`, or in the row as a whole). */
  hit(code: IssueCode, row: number, column: string | null): void {
    let issue = this.found.get(code);
    if (!issue) this.found.set(code, (issue = { count: 0, column, rows: [] }));
    issue.count++;
    if (issue.rows.length < EXAMPLES) issue.rows.push(row);
    const policy = this.policies[code];
    if (policy === 'drop') this.keep[row] = 0;
    else if (policy === 'flag') this.flags[row] |= 1 << ISSUE_CODES.indexOf(code);
  }

  /** Rows that are imported. */
  rowsKept(): number {
    // An index loop: for…of over a typed array of 10^6 rows makes garbage the import's peak memory shows.
    const keep = this.keep;
    let kept = 0;
    for (let r = 0; r < keep.length; r++) kept += keep[r];
    return kept;
  }

  /** The issues found, in the order of ISSUE_CODES, with their examples' file lines and values. */
  issues(table: Table, raw: RawTable): QualityIssue[] {
    return ISSUE_CODES.filter((code) => this.found.has(code)).map((code) => {
      const issue = this.found.get(code)!;
      return {
        code,
        count: issue.count,
        policy: this.policies[code],
        column: issue.column,
        examples: issue.rows.map((r) => ({ line: raw.lines[r], values: exampleValues(table, r, raw) })),
      };
    });
  }
}
