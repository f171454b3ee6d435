import { Flex, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { orderValueName } from '../../../../shared/order-facts';
import type { PersonaInfo } from '../../../../shared/segments';
import { traitDegree, traitFigures, traitWords } from '../../../../shared/trait-words';
import { useFormat } from '../../hooks/useFormat';
import { useUiLanguage } from '../../hooks/useUiLanguage';

/** Features where less is better (recent purchases, short gaps): their traits are green below average. */
const LOWER_IS_BETTER = new Set(['recency', 'gap']);

/**
 * A persona's strongest traits as tags in plain words ("orders far more often than most
 * customers", "web: 62.0%"); the exact figures in each tag's tooltip.
 */
export function PersonaTraits({ persona }: { persona: PersonaInfo }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const lang = useUiLanguage();
  return (
    <Flex wrap gap={4} style={{ marginBottom: 8 }}>
      {persona.numeric.slice(0, 3).map((trait) => (
        <Tooltip key={trait.field} title={traitFigures(trait, lang, fmt.num)}>
          <Tag
            data-testid="persona-trait"
            style={{ whiteSpace: 'normal' }}
            color={
              traitDegree(trait.difference) === 'same'
                ? undefined
                : (LOWER_IS_BETTER.has(trait.field) ? trait.difference < 0 : trait.difference > 0)
                  ? 'green'
                  : 'orange'
            }
          >
            {traitWords(trait)[lang]}
          </Tag>
        </Tooltip>
      ))}
      {persona.categories.slice(0, 2).map((trait) => (
        <Tooltip
          key={`${trait.field}=${trait.value}`}
          title={t('segments.liftFigures', {
            share: fmt.pct(trait.share),
            overall: fmt.pct(trait.overallShare),
            lift: fmt.num(trait.lift),
          })}
        >
          <Tag color="blue" data-testid="persona-trait" style={{ whiteSpace: 'normal' }}>
            {t('segments.traitShare', {
              value: orderValueName(trait.field, trait.value, lang),
              share: fmt.pct(trait.share),
            })}
          </Tag>
        </Tooltip>
      ))}
    </Flex>
  );
}
