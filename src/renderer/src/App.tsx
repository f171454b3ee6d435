import { App as AntApp, ConfigProvider, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languageForLocale } from '../../shared/i18n';
import type { AppInfo, Language } from '../../shared/schemas';
import { call } from './api';
import { ErrorProvider } from './errors/ErrorProvider';
import { useAppTheme } from './hooks/useAppTheme';
import { Shell } from './shell/Shell';

/** Where toasts start: below the workspace header and its language switch. */
export const TOAST_TOP = 68;

/** Root: loads app info and the language, then provides locale, theme and the error dialog to the shell. */
export function App() {
  const { i18n } = useTranslation();
  const themeConfig = useAppTheme();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [language, setLanguageState] = useState<Language>('en');

  const applyLanguage = useCallback(
    (lang: Language) => {
      void i18n.changeLanguage(lang);
      document.documentElement.lang = lang;
      setLanguageState(lang);
    },
    [i18n],
  );

  useEffect(() => {
    void Promise.all([call('app:info', {}), call('settings:get', {})]).then(([appInfo, settings]) => {
      applyLanguage(settings.language ?? languageForLocale(appInfo.systemLocale));
      setInfo(appInfo);
    });
  }, [applyLanguage]);

  const setLanguage = useCallback(
    (lang: Language) => {
      applyLanguage(lang);
      void call('settings:set', { language: lang });
    },
    [applyLanguage],
  );

  return (
    // Buttons keep their words as written ("取消", not antd's spaced "取 消"); toasts show under the
    // header (56 px) and notices at the bottom right, so neither covers the language switch.
    <ConfigProvider locale={language === 'zh-CN' ? zhCN : enUS} theme={themeConfig} button={{ autoInsertSpace: false }}>
      <AntApp style={{ height: '100%' }} message={{ top: TOAST_TOP }} notification={{ placement: 'bottomRight' }}>
        <ErrorProvider>
          {info ? <Shell info={info} language={language} setLanguage={setLanguage} /> : <Spin fullscreen />}
        </ErrorProvider>
      </AntApp>
    </ConfigProvider>
  );
}
