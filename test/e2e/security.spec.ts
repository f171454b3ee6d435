import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CSP } from '../../src/shared/csp';
import { repoRoot } from '../helpers/paths';
import { expect, test } from './harness';

test('the built page carries the strict CSP, and inline scripts do not run', async ({ app }) => {
  const html = readFileSync(join(repoRoot, 'out', 'renderer', 'index.html'), 'utf8');
  expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${CSP}" />`);
  await app.open();
  const { page } = app;
  const violations: string[] = [];
  page.on(
    'console',
    (m) => m.type() === 'error' && /Content Security Policy/.test(m.text()) && violations.push(m.text()),
  );
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.body.appendChild(s);
  });
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
  expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
  expect(await page.evaluate(() => typeof (window as unknown as { process?: unknown }).process)).toBe('undefined');
  expect(violations.length).toBeGreaterThan(0);
});

test('the page cannot reach the network', async ({ app }) => {
  await app.open();
  const result = await app.page.evaluate(async () => {
    try {
      await fetch('https://example.com/collect');
      return 'reached';
    } catch (e) {
      return (e as Error).name;
    }
  });
  expect(result).toBe('TypeError');
  app.blocked.length = 0; // the CSP stopped it before the request left; nothing to report
});
