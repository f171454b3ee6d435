import { useMediaQuery } from './useMediaQuery';

/** True while the operating system is in dark mode. */
export function useColorScheme(): boolean {
  return useMediaQuery('(prefers-color-scheme: dark)');
}
