import type { Table } from 'apache-arrow';
import { AppError } from '../../../shared/errors';
import type { RunResult } from '../../../shared/segments';
import { GONE_COLUMN, NEW_ROW, type Migration, type Move } from '../../../shared/compare';
import { columnArrays, dictionaryTexts } from '../table/column-arrays';

/** A run's customers as the comparison reads them: ids, each one's segment (an index into `keys`), and the segment keys in the run's order (best first). */
export interface RunMembership {
  ids: readonly string[];
  segment: Int32Array;
  keys: readonly string[];
}

/**
 * The transition matrix between two runs matched on customer id, over every customer present in
 * either: rows are the first run's segments plus "(new)", columns the second's plus "(gone)". A
 * customer moved up when their new segment comes earlier in the runs' order than the old one
 * (segments are listed best first: RFM's Champions, the 8 classes' important value, CLV's high
 * tier), down when later; segments the first run lacks rank after all of its own.
 */
export function migrationMatrix(from: RunMembership, to: RunMembership): Migration {
  const rows = [...from.keys, NEW_ROW];
  const cols = [...to.keys, GONE_COLUMN];
  const counts = rows.map(() => cols.map(() => 0));
  const rank = (key: string) => {
    const at = from.keys.indexOf(key);
    return at >= 0 ? at : from.keys.length + to.keys.indexOf(key);
  };
  const second = new Map<string, number>();
  to.ids.forEach((id, i) => second.set(id, to.segment[i]));
  const ids: string[] = [];
  const rowOf: number[] = [];
  const colOf: number[] = [];
  const move: Move[] = [];
  const add = (id: string, r: number, c: number) => {
    counts[r][c]++;
    ids.push(id);
    rowOf.push(r);
    colOf.push(c);
    if (r === from.keys.length) move.push('new');
    else if (c === to.keys.length) move.push('gone');
    else {
      const before = rank(from.keys[r]);
      const after = rank(to.keys[c]);
      move.push(after < before ? 'up' : after > before ? 'down' : 'stayed');
    }
  };
  const seen = new Set<string>();
  from.ids.forEach((id, i) => {
    seen.add(id);
    const c = second.get(id);
    add(id, from.segment[i], c === undefined ? to.keys.length : c);
  });
  to.ids.forEach((id, i) => {
    if (!seen.has(id)) add(id, from.keys.length, to.segment[i]);
  });
  return { rows, cols, counts, customers: { ids, row: Int32Array.from(rowOf), col: Int32Array.from(colOf), move } };
}

/** A run's members as the comparison reads them. */
export function membership(members: Table, result: RunResult): RunMembership {
  const idColumn = columnArrays(
    members,
    members.schema.fields.findIndex((f) => f.name === 'customerId'),
  );
  const segment = columnArrays(
    members,
    members.schema.fields.findIndex((f) => f.name === 'segment'),
  );
  if (idColumn.type !== 'dictionary' || segment.type !== 'number')
    throw new AppError('E_INTERNAL', 'A run’s members lack their id or segment column.');
  const texts = dictionaryTexts(idColumn.dictionary);
  return {
    ids: Array.from(idColumn.codes, (c) => texts[c]),
    segment: Int32Array.from(segment.values),
    keys: result.segments.map((s) => s.key),
  };
}
