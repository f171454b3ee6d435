import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { TestInfo } from '@playwright/test';
import type { SaveKind } from '../../src/shared/exports';
import { withExtension } from '../../src/main/workspace/export-file-name';
import { exportDecimalProblems } from '../helpers/export-decimals';
import { repoRoot } from '../helpers/paths';

/** Where the e2e runs keep every CSV and XLSX they exported, a folder per test (emptied by global-setup). */
export const EXPORTS_DIR = join(repoRoot, 'test-results', 'exports');

/**
 * Copies every CSV and XLSX a test saved through a save dialog to test-results/exports/<test>/ and
 * scans it: the numbers with more decimals than their column states, named by file, column and cell.
 */
export async function keepExports(saved: { path: string; kind: string }[], info: TestInfo): Promise<string[]> {
  const files = saved
    .filter((s) => s.kind === 'csv' || s.kind === 'xlsx')
    .map((s) => withExtension(s.path, s.kind as SaveKind))
    .filter((file) => existsSync(file));
  if (!files.length) return [];
  const slug = `${basename(info.file, '.spec.ts')}-${info.title}`
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .slice(0, 80)
    .replace(/-+$/, '');
  const dir = join(EXPORTS_DIR, info.retry ? `${slug}-retry${info.retry}` : slug);
  mkdirSync(dir, { recursive: true });
  const problems: string[] = [];
  for (const file of files) {
    copyFileSync(file, join(dir, basename(file)));
    const found = await exportDecimalProblems(file);
    // The first few of a file name the columns at fault; the count says how far it goes.
    problems.push(
      ...found.slice(0, 12),
      ...(found.length > 12 ? [`${basename(file)}: … ${found.length - 12} more`] : []),
    );
  }
  return problems;
}
