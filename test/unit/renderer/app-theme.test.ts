import { describe, expect, it } from 'vitest';
import { appTheme } from '../../../src/renderer/src/app-theme';

describe('appTheme', () => {
  it('animates by default and stops animating when the OS asks for reduced motion, in both schemes', () => {
    for (const dark of [false, true]) {
      expect(appTheme(dark).token?.motion).toBe(true);
      expect(appTheme(dark, { reducedMotion: true }).token?.motion).toBe(false);
    }
  });

  it('keeps the contrast tokens of each scheme', () => {
    expect(appTheme(false).token?.colorTextTertiary).toBe('rgba(0, 0, 0, 0.6)');
    expect(appTheme(true, { reducedMotion: true }).token?.colorTextTertiary).toBe('rgba(255, 255, 255, 0.6)');
  });
});
