import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OverviewPeriod } from '../../../../shared/overview';
import { useShowError } from '../../errors/ErrorProvider';
import type { useJobRunner } from '../../hooks/useJobRunner';
import { useUiLanguage } from '../../hooks/useUiLanguage';

/** The Overview-only report of a dataset and period, as HTML or PDF in the UI language (the save dialog asks where). */
export function useOverviewExport(
  datasetId: number | null,
  period: OverviewPeriod,
  jobs: ReturnType<typeof useJobRunner>,
) {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const { message } = App.useApp();
  const showError = useShowError();
  return async (format: 'html' | 'pdf') => {
    if (datasetId === null) return;
    try {
      const saved = await jobs.run('overview:export', { datasetId, period, format, options: { lang, paper: 'a4' } });
      if (saved) void message.success(t('export.savedFile', { file: saved.fileName }));
    } catch (err) {
      showError(err);
    }
  };
}
