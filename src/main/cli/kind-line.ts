import { createTranslate } from '../../shared/i18n';
import { kindWhy } from '../../shared/kind-why';
import type { DatasetKind, KindDecision } from '../../shared/roles';

const en = createTranslate('en');

/**
 * The line `inspect`, `import` and `analyze` print for the kind a file was taken for and why:
 * `transactions: Taken for order lines: customer ids repeat (customer_id).` A dataset stored
 * before the decision was kept has none: it was taken as chosen.
 */
export function kindLine(kind: DatasetKind, why: KindDecision = { reason: 'chosen', columns: [] }): string {
  return `${kind}: ${kindWhy(why, en)}`;
}
