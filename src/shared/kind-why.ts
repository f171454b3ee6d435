import type { KindDecision } from './roles';

/**
 * Which kind a file was taken for and why, in words ("Taken for order lines: customer ids repeat
 * (Customer ID)."): the import wizard, the dataset view and the command line all say it so.
 */
export function kindWhy(why: KindDecision, t: (key: string, params: { columns: string }) => string): string {
  return t(`import.kindWhy.${why.reason}`, { columns: why.columns.join(', ') });
}
