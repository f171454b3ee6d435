/**
 * The renderer's Content-Security-Policy. Nothing is loaded from outside the app: no remote
 * scripts, styles, fonts, images or connections. Inline styles are allowed because the
 * component library (antd) injects its CSS-in-JS as <style> elements; inline scripts are not.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
].join('; ');

/** Only for `electron-vite dev`: the HMR client needs an inline preamble and a websocket. */
export const DEV_CSP = CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace(
  "connect-src 'self'",
  "connect-src 'self' ws://localhost:* http://localhost:*",
);
