import { kindWhy } from '../../../../shared/kind-why';
import type { DatasetKind, KindDecision } from '../../../../shared/roles';

/**
 * Which kind a dataset's file was taken for and why, in the import wizard's words (kindWhy). The
 * wizard's "As you chose." stands next to the choice; here it names the kind. A dataset stored
 * before the reason was kept counts as chosen (as the command line takes it).
 */
export function datasetKindLine(
  kind: DatasetKind,
  why: KindDecision | undefined,
  t: (key: string, params?: { columns: string }) => string,
): string {
  return !why || why.reason === 'chosen' ? t(`data.kindChosen.${kind}`) : kindWhy(why, t);
}
