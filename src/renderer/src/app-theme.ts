import { theme, type ThemeConfig } from 'antd';

/**
 * The app's antd theme. antd's defaults put secondary text, placeholders, success and warning
 * text and the light "filled" tags below the WCAG AA contrast of 4.5:1 (3.3:1 for grey on white,
 * 2.8:1 for a gold tag); these tokens darken exactly those, keeping the hues. In the dark theme
 * the defaults for tags pass; only the greys are lifted there.
 */
export function appTheme(dark: boolean, { reducedMotion = false } = {}): ThemeConfig {
  // With "reduce motion" set in the operating system (WCAG 2.3.3), dialogs and lists open without animating.
  const shared = { colorPrimary: '#1668dc', borderRadius: 8, motion: !reducedMotion };
  if (dark) {
    return {
      algorithm: theme.darkAlgorithm,
      token: {
        ...shared,
        colorTextTertiary: 'rgba(255, 255, 255, 0.6)',
        colorTextDescription: 'rgba(255, 255, 255, 0.6)',
        colorTextPlaceholder: 'rgba(255, 255, 255, 0.5)',
      },
    };
  }
  return {
    algorithm: theme.defaultAlgorithm,
    token: {
      ...shared,
      // 5.6:1 on the page's #f5f5f5, 5.7:1 on white (antd: 0.45, 3.3:1).
      colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
      colorTextDescription: 'rgba(0, 0, 0, 0.6)',
      // 4.7:1 (antd: 0.25, 1.8:1). Disabled text stays light: WCAG exempts it.
      colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
      // Links (and link buttons) in the primary blue: 5.2:1 on white (antd's #1677ff: 4.1:1).
      colorLink: '#1668dc',
      // Hovered and pressed, darker rather than lighter, so text on or in blue keeps its contrast under the pointer.
      colorLinkHover: '#0958d9',
      colorLinkActive: '#003eb3',
      colorPrimaryHover: '#0958d9',
      colorPrimaryActive: '#003eb3',
      // antd draws its keyboard focus ring in this colour: 3.5:1 on white (antd's #91caff: 1.7:1).
      colorPrimaryBorder: '#3c89e8',
      colorSuccessText: '#237804',
      colorWarningText: '#874d00',
    },
    components: {
      // Tags write their text in the palette's 7th shade on its 1st; one to two shades darker passes.
      Tag: {
        green7: '#237804',
        orange7: '#ad4e00',
        gold7: '#874d00',
        cyan7: '#006d75',
        volcano7: '#ad2102',
        lime7: '#3f6600',
        colorSuccess: '#237804',
        colorWarning: '#874d00',
        colorError: '#a8071a',
      },
    },
  };
}
