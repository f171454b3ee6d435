import type { ColumnFacts } from '../../src/main/engine/io/suggest-roles';

/** A column as role suggestion sees it: 500 filled cells, varied, no repeats, unless told otherwise. */
export const factsColumn = (name: string, kind: ColumnFacts['kind'], over: Partial<ColumnFacts> = {}): ColumnFacts => ({
  name,
  kind,
  filled: 500,
  constant: false,
  repeats: false,
  ...over,
});
