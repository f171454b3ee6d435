import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../shared/schemas';

/** Help › About: the version, where things live, the licences and how to uninstall. */
export function AboutBody({ info }: { info: AppInfo }) {
  const { t } = useTranslation();
  return (
    <div data-testid="about">
      <p>
        <strong>{t('about.version', { version: info.version })}</strong>
        <br />
        {t('about.body')}
      </p>
      <p>{t('about.workspaces')}</p>
      <p>{t('about.dataDir', { dir: info.dataDir })}</p>
      <p>{t('about.logs')}</p>
      <p>{t('about.licences')}</p>
      <p>{t('about.mapData')}</p>
      <p>{t('about.uninstall')}</p>
    </div>
  );
}
