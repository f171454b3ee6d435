/** A run's counted lines grouped by member: member u's rows are `rows[start[u]] … rows[start[u + 1] − 1]`, in row order. */
export interface UnitRows {
  start: Int32Array;
  rows: Int32Array;
}

/**
 * Groups the lines that count (a member's, dated before the analysis day) by member, in one
 * counting sort: `member` is each row's member row in the run (-1: not a member), `day` its UTC
 * day number (NaN: no date, not counted).
 */
export function unitRows(member: Int32Array, day: Float64Array, members: number, analysisDay: number): UnitRows {
  const start = new Int32Array(members + 1);
  const n = member.length;
  for (let r = 0; r < n; r++) if (member[r] >= 0 && day[r] < analysisDay) start[member[r] + 1]++;
  for (let u = 0; u < members; u++) start[u + 1] += start[u];
  const next = start.slice(0, members);
  const rows = new Int32Array(start[members]);
  for (let r = 0; r < n; r++) if (member[r] >= 0 && day[r] < analysisDay) rows[next[member[r]]++] = r;
  return { start, rows };
}
