import type { ThemeConfig } from 'antd';
import { useMemo } from 'react';
import { appTheme } from '../app-theme';
import { useColorScheme } from './useColorScheme';
import { useMediaQuery } from './useMediaQuery';

/** The antd theme for the operating system's settings: light or dark, with or without motion. */
export function useAppTheme(): ThemeConfig {
  const dark = useColorScheme();
  const reducedMotion = useMediaQuery('(prefers-reduced-motion: reduce)');
  return useMemo(() => appTheme(dark, { reducedMotion }), [dark, reducedMotion]);
}
