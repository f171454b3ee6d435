import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { OTHERS, type RunResult } from '../../../../shared/segments';
import { useFormat } from '../../hooks/useFormat';
import { useUiLanguage } from '../../hooks/useUiLanguage';

/**
 * The line that says what a run found: customers, segments (Others counted, and said who they
 * are) and the analysis day — none for a customer table without purchase dates.
 */
export function RunFacts({ result }: { result: RunResult }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const lang = useUiLanguage();
  const facts = {
    customers: fmt.int(result.customers),
    date: result.analysisDate,
    segments: fmt.int(result.segments.filter((s) => s.customers > 0).length),
  };
  const others = result.segments.find((s) => s.key === OTHERS.key && s.customers > 0);
  const named = result.segments.filter((s) => s.key !== OTHERS.key).length;
  const dated = result.overall.medianRecency !== null;
  return (
    <Typography.Paragraph type="secondary" data-testid="run-facts">
      {t(dated ? 'segments.facts' : 'segments.factsUndated', facts)}
      {others &&
        `${lang === 'zh-CN' ? '' : ' '}${t('segments.othersFact', { count: others.customers, n: fmt.int(others.customers), named })}`}
    </Typography.Paragraph>
  );
}
