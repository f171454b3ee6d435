/** Stable error codes. Every error that crosses a boundary carries one of these. */
export const ERROR_CODES = [
  'E_INVALID_INPUT',
  'E_USAGE',
  'E_UNKNOWN_CHANNEL',
  'E_DUPLICATE_CHANNEL',
  'E_INTERNAL',
  'E_NO_WORKSPACE',
  'E_NOT_A_WORKSPACE',
  'E_WORKSPACE_CORRUPT',
  'E_WORKSPACE_TOO_NEW',
  'E_WORKSPACE_EXISTS',
  'E_WORKSPACE_LOCKED',
  'E_FILE_NOT_FOUND',
  'E_NOT_IN_RECENT',
  'E_NOT_FOUND',
  'E_CANCELLED',
  'E_WORKER_CRASHED',
  'E_BAD_CSV',
  'E_EMPTY_FILE',
  'E_READ_FAILED',
  'E_CELL_TOO_LARGE',
  'E_TOO_MANY_COLUMNS',
  'E_NOT_TABULAR',
  'E_BAD_XLSX',
  'E_BAD_PARQUET',
  'E_BAD_ARROW',
  'E_BAD_ZIP',
  'E_GZIP_TRUNCATED',
  'E_BAD_GZIP',
  'E_ZIP_TOO_LARGE',
  'E_FILE_TOO_LARGE',
  'E_NO_SUCH_SHEET',
  'E_MISSING_ROLE',
  'E_NOT_LINKABLE',
  'E_NOT_APPENDABLE',
  'E_COLUMNS_DIFFER',
  'E_TOO_FEW_CUSTOMERS',
  'E_TOO_FEW_ORDERS',
  'E_NO_VALUES',
  'E_NO_VARIATION',
  'E_BAD_SPEC',
  'E_WRITE_FAILED',
  'E_NO_PRINTER',
  'E_TOO_FEW_REPEAT',
  'E_FIT_FAILED',
  'E_WRONG_COLUMN_TYPE',
  'E_OUT_OF_RANGE',
  'E_DATASET_CORRUPT',
  'E_RUN_CORRUPT',
  'E_DISK_FULL',
  'E_WORKSPACE_READ_ONLY',
  'E_WORKSPACE_VERSION_MISMATCH',
  'E_BAD_TARGET',
  'E_FILE_EXISTS',
  'E_BAD_LOGO',
  // Calculated columns.
  'E_UNKNOWN_COLUMN',
  'E_CALC_WRONG_TYPE',
  'E_DIVIDE_BY_ZERO',
  'E_NO_EDGES',
  'E_BAD_EDGES',
  'E_COLUMN_EXISTS',
  'E_COLUMN_IN_USE',
  'E_NOT_CALCULATED',
  // A column changed after import (meanings): a role the kind has not, values that do not read as the type.
  'E_ROLE_NOT_FOR_KIND',
  'E_TYPE_UNREADABLE',
  // The Overview (issue 24): a dataset of customers has no order lines to read it from.
  'E_OVERVIEW_NEEDS_ORDERS',
  // Basket rules (issue 26): so low a minimum support that the sets of items would not fit in memory.
  'E_BASKET_TOO_MANY',
  // Segmentation as SQL (issue 29): a run, or a field a rule tests, that SQL over the transactions table cannot reproduce.
  'E_SQL_NOT_SUPPORTED',
  // Summarising a large file per customer (issue 29): a file or a format DuckDB's summary does not read.
  'E_SUMMARY_NOT_SUPPORTED',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorData {
  code: ErrorCode;
  message: string;
  details?: unknown;
}

/** A typed error with a stable code; thrown inside the engine and services. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details?: unknown;

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  toData(): ErrorData {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorData };

/** Converts anything thrown into error data; unknown errors become E_INTERNAL. */
export function toErrorData(err: unknown): ErrorData {
  if (err instanceof AppError) return err.toData();
  if (isErrorData(err)) return err;
  const message = err instanceof Error ? err.message : String(err);
  return { code: 'E_INTERNAL', message };
}

export function isErrorData(value: unknown): value is ErrorData {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.code === 'string' && (ERROR_CODES as readonly string[]).includes(v.code) && typeof v.message === 'string'
  );
}
