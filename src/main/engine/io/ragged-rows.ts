import type { RaggedRows } from './raw-table';

/** Line numbers kept as examples of a shape problem. */
const EXAMPLES = 3;

/** Counts row `row` (starting on `line`) as having the problem. */
export function noteRagged(issue: RaggedRows, line: number, row: number): void {
  issue.count++;
  issue.rows.push(row);
  if (issue.lines.length < EXAMPLES) issue.lines.push(line);
}

/** Adds a later part's rows with the problem, its rows and lines shifted by the rows and lines before it. */
export function mergeRagged(mine: RaggedRows, theirs: RaggedRows, rowOffset: number, lineOffset: number): void {
  mine.count += theirs.count;
  for (const r of theirs.rows) mine.rows.push(rowOffset + r);
  for (const line of theirs.lines) if (mine.lines.length < EXAMPLES) mine.lines.push(line + lineOffset);
}
