import { Alert, Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RfmSpec, RunResult } from '../../../../shared/segments';
import { useFormat } from '../../hooks/useFormat';
import { useUiLanguage } from '../../hooks/useUiLanguage';
import { RFM_DIMENSIONS, type RfmDimension } from './rfm-dimensions';
import { tiedScores, type TiedScores } from './tied-scores';

/** How many times the customers of the tied bins bought, in words. */
function boughtWords(tie: TiedScores, t: (key: string, o?: Record<string, unknown>) => string): string {
  if (tie.lo === 1 && tie.hi === 1) return t('segments.tiedOnce');
  if (tie.lo === 1 && tie.hi === 2) return t('segments.tiedOnceTwice');
  return t('segments.tiedTimes', { lo: tie.lo, hi: tie.hi });
}

/**
 * Says in plain words where ties left scores to no customer ("62.1% of your customers bought
 * once or twice, so 'how often they buy' can only tell 4 groups apart here, not 5"), and offers
 * the remedies as buttons that make a new run: fewer scores, or equal-sized groups (ranks).
 * Nothing when every score has customers.
 */
export function BinsWarning({
  bins,
  spec,
  onRerun,
}: {
  bins: NonNullable<RunResult['bins']>;
  /** The run's spec: the remedies are offered for quantile scores. */
  spec: RfmSpec | null;
  onRerun(spec: RfmSpec): void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const space = useUiLanguage() === 'zh-CN' ? '' : ' ';
  const ties = RFM_DIMENSIONS.flatMap((dim) => {
    const tie = tiedScores(bins[dim]);
    return tie ? [{ dim, tie }] : [];
  });
  if (ties.length === 0) return null;
  const binCount = bins.frequency.scores.length;
  const sentence = ({ dim, tie }: { dim: RfmDimension; tie: TiedScores }) =>
    dim === 'frequency'
      ? t('segments.tiedFrequency', {
          share: fmt.pct(tie.share),
          bought: boughtWords(tie, t),
          groups: tie.groups,
          bins: binCount,
        })
      : t('segments.tiedOther', { dimension: t(`segments.tiedDim_${dim}`), groups: tie.groups, bins: binCount });
  const fewer = Math.min(...ties.map(({ tie }) => tie.groups));
  const remedies = spec?.method === 'quantile';
  const canFewer = remedies && spec.scheme !== 'table' && fewer >= 3 && fewer < binCount;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="bins-warning"
      title={ties.map(sentence).join(space)}
      description={
        <>
          {ties
            .map(({ dim, tie }) =>
              t('segments.tiedEmpty', { dimension: t(`segments.tiedScore_${dim}`), scores: tie.empty.join(', ') }),
            )
            .join(space)}
          {remedies && (
            <Flex gap={8} wrap align="center" style={{ marginTop: 8 }}>
              {t('segments.tiedRemedy')}
              {canFewer && (
                <Button
                  size="small"
                  data-testid="rerun-fewer-scores"
                  onClick={() => onRerun({ ...spec, bins: fewer as 3 | 4 })}
                >
                  {t('segments.useFewerScores', { n: fewer })}
                </Button>
              )}
              <Button size="small" data-testid="rerun-ranks" onClick={() => onRerun({ ...spec, method: 'rank' })}>
                {t('segments.useRanks')}
              </Button>
            </Flex>
          )}
        </>
      }
    />
  );
}
