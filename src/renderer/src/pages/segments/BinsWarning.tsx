import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RunResult } from '../../../../shared/segments';
import { useUiLanguage } from '../../hooks/useUiLanguage';
import { RFM_DIMENSIONS } from './rfm-dimensions';

/** Says which scores no customer got (the data has too few distinct values to fill every bin); nothing when all are used. */
export function BinsWarning({ bins }: { bins: NonNullable<RunResult['bins']> }) {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const collapsed = RFM_DIMENSIONS.filter((dim) => bins[dim].empty.length > 0);
  if (collapsed.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="bins-warning"
      title={t('segments.binsCollapsed', {
        list: collapsed
          .map((dim) => t(`segments.emptyScores_${dim}`, { scores: bins[dim].empty.join(', ') }))
          .join(lang === 'zh-CN' ? '；' : '; '),
      })}
    />
  );
}
