import { useTranslation } from 'react-i18next';
import type { TargetList } from '../../../../shared/products';
import type { Language } from '../../../../shared/schemas';
import type { SegmentSummary } from '../../../../shared/segments';
import { useFormat } from '../../hooks/useFormat';
import { itemNames } from './item-names';

/** The playbook action a cross-sell list serves, in the UI language ("Offer B to 312 Champions who buy A"). */
export function useListAction(segments: SegmentSummary[] | null, lang: Language) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (list: TargetList): string => {
    const { spec } = list;
    const segment =
      spec.segment === null ? t('basketUi.allSegmentsName') : (segments?.[spec.segment]?.name[lang] ?? '');
    const words = {
      n: fmt.int(list.customers),
      segment,
      a: itemNames(spec.bought, lang),
      b: itemNames(spec.notBought, lang),
    };
    return t(spec.bought.length ? 'basketUi.offerSentence' : 'basketUi.offerSentenceAll', words);
  };
}
