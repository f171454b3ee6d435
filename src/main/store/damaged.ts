import type { z } from 'zod';
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

/** Whose piece it is, as the messages name it. */
export interface StoredOwner {
  kind: 'dataset' | 'run';
  id: number;
  name: string;
}

/** What the user can do about a damaged dataset or run: everything else works without it. */
const REMEDY = {
  dataset: 'delete the dataset and import its file again',
  run: 'delete the run and run the analysis again',
} as const;

/**
 * A number stored as JSON null where the schema needs one: JSON.stringify writes Infinity and
 * NaN so, and earlier versions could save a run holding an infinite figure.
 */
class MissingFigure extends Error {
  constructor(readonly figure: string) {
    super(`no number at ${figure}`);
  }
}

/**
 * Reads one stored piece (JSON through a schema, or Arrow bytes); a piece that was altered or
 * damaged in the file becomes E_DATASET_CORRUPT / E_RUN_CORRUPT naming the dataset or run and the
 * piece, and saying what to do, so the rest of the workspace stays usable.
 */
export function readStored<T>(owner: StoredOwner, part: StoredPart, read: () => T): T {
  try {
    return read();
  } catch (err) {
    if (err instanceof AppError) throw err;
    const what = `${owner.kind === 'dataset' ? 'Dataset' : 'Run'} #${owner.id} “${owner.name}”`;
    const problem =
      err instanceof MissingFigure
        ? `${what} cannot be read: a figure in ${PARTS[part]} is missing (an earlier version saved an infinite number as empty).`
        : `${what} is damaged in the workspace file: ${PARTS[part]} cannot be read.`;
    throw new AppError(
      owner.kind === 'dataset' ? 'E_DATASET_CORRUPT' : 'E_RUN_CORRUPT',
      `${problem} The rest of the workspace is intact: ${REMEDY[owner.kind]}.`,
      {
        [`${owner.kind}Id`]: owner.id,
        name: owner.name,
        part,
        ...(err instanceof MissingFigure ? { figure: err.figure } : {}),
      },
    );
  }
}

/** The value at `path` inside a parsed JSON value (undefined when there is none). */
const valueAt = (value: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>(
    (v, key) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined),
    value,
  );

/** A piece stored as JSON text, read through its schema (see readStored). */
export function readStoredJson<T>(owner: StoredOwner, part: StoredPart, text: string, schema: z.ZodType<T>): T {
  return readStored(owner, part, () => {
    const value: unknown = JSON.parse(text);
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    // Only numbers stored as null: an older version's infinite figures. Anything else is damage.
    const { issues } = parsed.error;
    const onlyNulls = issues.every(
      (i) => i.code === 'invalid_type' && i.expected === 'number' && valueAt(value, i.path) === null,
    );
    throw onlyNulls ? new MissingFigure(issues[0].path.join('.')) : parsed.error;
  });
}

/** Decoded Arrow pieces must hold the rows their row says: garbage bytes decode to an empty table. */
export function expectRows<T extends { numRows: number }>(table: T, rows: number): T {
  if (table.numRows !== rows) throw new Error(`${table.numRows} rows stored, ${rows} expected`);
  return table;
}
