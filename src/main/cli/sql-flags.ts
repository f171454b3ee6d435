import type { Command } from 'commander';
import { AppError } from '../../shared/errors';
import type { Language } from '../../shared/schemas';
import { parse } from './cli-args';
import { SQL_DIALECTS, SQL_ROLES, sqlExportSchema, type SqlExport } from '../../shared/sql-export';

/** `export --format sql`'s flags. */
export interface SqlFlags {
  dialect?: string;
  table?: string;
  column: string[];
}

/** Adds `--dialect`, `--table` and `--column role=name` (repeatable) to a command. */
export function withSqlFlags(command: Command): Command {
  return command
    .option('--dialect <dialect>', `SQL engine (--format sql): ${SQL_DIALECTS.join(' | ')}`)
    .option('--table <name>', 'the transactions table the SQL reads (--format sql; schema.table allowed)')
    .option(
      '--column <role=name>',
      'the table’s column for a role, where it is named otherwise than in the dataset (--format sql; repeat it)',
      (value: string, all: string[]) => [...all, value],
      [],
    );
}

/** `--format sql`'s options: the dialect and table (both needed) and the columns named otherwise (role=name). */
export function sqlOptions(opts: SqlFlags, lang: Language): SqlExport {
  if (opts.dialect === undefined || opts.table === undefined)
    throw new AppError(
      'E_USAGE',
      `--format sql needs --dialect (${SQL_DIALECTS.join(', ')}) and --table (the transactions table's name)`,
    );
  const columns: Record<string, string> = {};
  for (const pair of opts.column) {
    const at = pair.indexOf('=');
    if (at <= 0 || at === pair.length - 1)
      throw new AppError('E_USAGE', `--column takes role=name (customerId=cust_id), got "${pair}"`);
    const role = pair.slice(0, at).trim();
    if (!SQL_ROLES.includes(role as (typeof SQL_ROLES)[number]))
      throw new AppError('E_USAGE', `--column: "${role}" is not a role the SQL reads (${SQL_ROLES.join(', ')})`);
    columns[role] = pair.slice(at + 1);
  }
  return parse(sqlExportSchema, { dialect: opts.dialect, table: opts.table, columns, lang });
}
