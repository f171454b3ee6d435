import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';

/** The Overview was cancelled (or failed: the error dialog said why): a line that says so, with a button to work it out again. */
export function OverviewNotShown({ onReload }: { onReload(): void }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="info"
      showIcon
      message={t('overview.notShown')}
      action={<Button onClick={onReload}>{t('overview.showIt')}</Button>}
      data-testid="overview-not-shown"
    />
  );
}
