import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, tempDir } from '../../helpers/paths';

// The script runs in its own process: it redirects module resolution, stubs the network and
// swaps console.log while Electronegativity runs, none of which may leak into a test worker.
const script = join(repoRoot, 'scripts', 'electronegativity.mjs');

function electronegativity(...args: string[]) {
  const r = spawnSync(process.execPath, [script, ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout + r.stderr };
}

/** Files Electronegativity reads: scripts, pages and package manifests. */
function scannable(dir: string): number {
  return readdirSync(dir, { withFileTypes: true, recursive: true }).filter(
    (e) => e.isFile() && /\.(jsx?|tsx?|html?)$|package(-lock)?\.json$/i.test(e.name),
  ).length;
}

describe('electronegativity', () => {
  it('parses every source file and finds nothing HIGH or MEDIUM, offline', () => {
    const { code, out } = electronegativity();
    const files = scannable(join(repoRoot, 'src'));
    expect(out).toContain(`files: ${files} scanned, ${files} parsed`);
    expect(out).toMatch(/checks: \d+ loaded \([1-9]\d* global, [1-9]\d* atomic\)/);
    expect(out).toContain('findings: HIGH 0 · MEDIUM 0');
    expect(out).toContain(', 0 with errors, 0 skipped');
    expect(out).toContain('0 connection(s) attempted');
    expect(out).toContain('electronegativity: ok');
    expect(code, out).toBe(0);
  });

  it('fails on an insecure window and on a file it cannot parse', () => {
    const dir = tempDir('segdesk-eng-fixture-');
    try {
      // `<unknown>x` is not JSX: Babel gives up and typescript-estree (typescript 4.2.4) parses it.
      writeFileSync(
        join(dir, 'window.ts'),
        "import { BrowserWindow } from 'electron';\nconst legacy = <unknown>null;\nexport const w = new BrowserWindow({ webPreferences: { contextIsolation: false } });\n",
      );
      writeFileSync(join(dir, 'broken.tsx'), 'export const X = () => <div>{</div>;\n');
      const { code, out } = electronegativity(dir);
      expect(out).toContain('files: 2 scanned, 1 parsed (1 .ts; 1 by typescript-estree after Babel), 1 with errors');
      expect(out).toMatch(/parse\/check error: .*broken\.tsx/);
      expect(out).toMatch(/HIGH +FIRM +CONTEXT_ISOLATION_JS_CHECK +.*window\.ts:3/);
      expect(out).toContain(
        'electronegativity: FAILED: a HIGH or MEDIUM finding; files that could not be parsed or checked',
      );
      expect(code, out).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
