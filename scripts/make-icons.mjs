#!/usr/bin/env node
// Makes every icon the installers need from the two source images in resources/ (icon.svg: the
// app; file-icon.svg: a .segdesk workspace file), rendered by Chromium at 1024 px:
//   resources/build/icon.png  .icns  .ico       the app (Linux, macOS, Windows)
//   resources/build/segdesk.png  .icns  .ico    the workspace file type
// Run after changing a source image; the results are committed (packaging needs no browser).
//   node scripts/make-icons.mjs
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import png2icons from 'png2icons';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'resources', 'build');
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
const page = await browser.newPage({ viewport: { width: 1024, height: 1024 } });
async function render(svgFile) {
  const svg = readFileSync(join(root, 'resources', svgFile), 'utf8');
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
  return page.locator('svg').screenshot({ omitBackground: true });
}
for (const [svg, name] of [
  ['icon.svg', 'icon'],
  ['file-icon.svg', 'segdesk'],
]) {
  const png = await render(svg);
  writeFileSync(join(out, `${name}.png`), png);
  writeFileSync(join(out, `${name}.icns`), png2icons.createICNS(png, png2icons.BICUBIC, 0));
  writeFileSync(join(out, `${name}.ico`), png2icons.createICO(png, png2icons.BICUBIC, 0, true, true));
  console.log(`wrote resources/build/${name}.png, .icns, .ico`);
}
await browser.close();
