import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { OTHERS, type RunResult } from '../../../../shared/segments';
import { useFormat } from '../../hooks/useFormat';
import { useUiLanguage } from '../../hooks/useUiLanguage';

/**
 * The line that says what a run found: customers, segments (Others counted, and said who they
 * are) and the analysis day — none for a customer table without purchase dates when no day was chosen.
 */
export function RunFacts({
  result,
  dayChosen,
}: {
  result: RunResult /** The user chose the analysis day. */;
  dayChosen: boolean;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const lang = useUiLanguage();
  const facts = {
    customers: fmt.int(result.customers),
    date: result.analysisDate,
    segments: fmt.int(result.segments.filter((s) => s.customers > 0).length),
  };
  // Customers no score pattern or rule matched (a clustering's Others are those it left out, said by its own facts).
  const matched = result.model === 'rfm' || result.model === 'rules';
  const others = matched ? result.segments.find((s) => s.key === OTHERS.key && s.customers > 0) : undefined;
  const named = result.segments.filter((s) => s.key !== OTHERS.key).length;
  // A day the user chose, or purchase dates the recency is counted from: else there is no day to speak of.
  const dated = dayChosen || result.overall.medianRecency !== null;
  return (
    <Typography.Paragraph type="secondary" data-testid="run-facts">
      {t(dated ? 'segments.facts' : 'segments.factsUndated', facts)}
      {others &&
        `${lang === 'zh-CN' ? '' : ' '}${t('segments.othersFact', { count: others.customers, n: fmt.int(others.customers), named })}`}
    </Typography.Paragraph>
  );
}
