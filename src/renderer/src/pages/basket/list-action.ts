import { crossSellAction } from '../../../../shared/cross-sell-action';
import type { TargetList } from '../../../../shared/products';
import type { Language } from '../../../../shared/schemas';
import type { SegmentSummary } from '../../../../shared/segments';

/** The playbook action a cross-sell list serves, in the UI language ("Offer B to 312 Champions who buy A"): the sentence the CLI and the exports use. */
export const listAction =
  (segments: SegmentSummary[] | null, lang: Language) =>
  (list: TargetList): string => {
    const segment = list.spec.segment === null ? null : (segments?.[list.spec.segment]?.name ?? null);
    return crossSellAction({ spec: list.spec, customers: list.customers, segment }, lang);
  };
