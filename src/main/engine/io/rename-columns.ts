import type { RawTable } from './raw-table';
import { uniqueNames } from './unique-names';

/** A raw table with the names the user gave its columns (read name → given name); names stay unique. */
export function renameColumns(raw: RawTable, names: Readonly<Record<string, string>>): RawTable {
  if (Object.keys(names).length === 0) return raw;
  return { ...raw, names: uniqueNames(raw.names.map((name) => names[name] ?? name)) };
}
