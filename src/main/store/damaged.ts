import { AppError } from '../../shared/errors';

/** What a stored piece is, in words, for the messages: never the parser's own text. */
const PARTS = {
  columns_json: 'its column list',
  source_json: 'its source settings',
  kind: 'its kind (orders or customers)',
  roles_json: 'its column roles',
  quality_json: 'its quality report',
  data: 'its stored data',
  spec_json: 'its settings',
  result_json: 'its results',
  members: 'its customers',
  campaigns: 'its campaign results',
} as const;

export type StoredPart = keyof typeof PARTS;

/**
 * Reads one stored piece (JSON through a schema, or Arrow bytes); a piece that was altered or
 * damaged in the file becomes E_DATASET_CORRUPT / E_RUN_CORRUPT naming the dataset or run and the
 * piece, so the rest of the workspace stays usable.
 */
export function readStored<T>(
  owner: { kind: 'dataset' | 'run'; id: number; name: string },
  part: StoredPart,
  read: () => T,
): T {
  try {
    return read();
  } catch (err) {
    if (err instanceof AppError) throw err;
    const what = owner.kind === 'dataset' ? 'Dataset' : 'Run';
    throw new AppError(
      owner.kind === 'dataset' ? 'E_DATASET_CORRUPT' : 'E_RUN_CORRUPT',
      `${what} #${owner.id} “${owner.name}” is damaged in the workspace file: ${PARTS[part]} cannot be read. The rest of the workspace is intact.`,
      { [`${owner.kind}Id`]: owner.id, name: owner.name, part },
    );
  }
}

/** Decoded Arrow pieces must hold the rows their row says: garbage bytes decode to an empty table. */
export function expectRows<T extends { numRows: number }>(table: T, rows: number): T {
  if (table.numRows !== rows) throw new Error(`${table.numRows} rows stored, ${rows} expected`);
  return table;
}
