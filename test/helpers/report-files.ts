import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, tempDir } from './paths';

/** Keeps a report made, to print and look at (test-results/reports). */
export function keepReport(name: string, html: string): void {
  const dir = join(repoRoot, 'test-results', 'reports');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, name), html);
}

/** A PDF's pages drawn as PNG, kept to look at (test-results/screens/name-N.png), and the `docs` pages in docs/ with UPDATE_DOCS=1. */
export function keepPages(pdf: string, name: string, docs: number[]): void {
  const dir = tempDir('segdesk-report-pages-');
  execFileSync('pdftoppm', ['-r', '60', '-png', pdf, join(dir, 'page')]);
  const screens = join(repoRoot, 'test-results', 'screens');
  mkdirSync(screens, { recursive: true });
  readdirSync(dir)
    .sort()
    .forEach((f, i) => {
      copyFileSync(join(dir, f), join(screens, `${name}-${i + 1}.png`));
      if (process.env.UPDATE_DOCS === '1' && docs.includes(i + 1))
        copyFileSync(join(dir, f), join(repoRoot, 'docs', `${name}-${i + 1}.png`));
    });
}

/** The words a reader sees: no style, no charts, no markup, entities decoded. */
export const reportWords = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<svg[\s\S]*?<\/svg>/g, '')
    .replace(/<\/?(b|code|span)\b[^>]*>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e]!);
