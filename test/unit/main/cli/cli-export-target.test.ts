import { execFileSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, cliAnalyzeEn } from '../../../helpers/cli';
import { sharedData, tempDir } from '../../../helpers/paths';

describe('segmentdesk export --out: nothing is written over the workspace, a device or an existing file', () => {
  const dir = tempDir('segdesk-cli-out-');
  const workspace = join(dir, 'analysis.segdesk');
  const exportRun = (...args: string[]) => cli('export', '--workspace', workspace, '--run', '1', ...args);

  it('refuses the workspace and its side files (csv and xlsx, even with --force); the workspace is byte-identical and exits', () => {
    expect(cliAnalyzeEn(sharedData('rfm_data_orders.csv'), dir, '--json').code).toBe(0);
    const bytes = readFileSync(workspace);
    for (const suffix of ['', '-wal', '-shm', '-lock']) {
      for (const format of ['csv', 'xlsx']) {
        for (const force of [[], ['--force']]) {
          const r = exportRun('--format', format, '--out', workspace + suffix, ...force);
          expect(r.stderr.split(':').slice(0, 2)).toEqual(['error', ' E_BAD_TARGET']);
          expect(r.stderr).toContain(suffix ? 'one of the open workspace’s own files' : 'it is the open workspace');
          expect(r.code).toBe(1);
        }
      }
    }
    expect(readFileSync(workspace).equals(bytes)).toBe(true);
    expect(JSON.parse(cli('workspace', 'info', workspace, '--json').stdout).runs).toHaveLength(1);
  });

  it('refuses a FIFO (a device stand-in) with E_BAD_TARGET and leaves it a FIFO', () => {
    const fifo = join(dir, 'pipe.csv');
    execFileSync('mkfifo', [fifo]);
    const r = exportRun('--format', 'csv', '--out', fifo, '--force');
    expect(r.stderr).toBe(
      `error: E_BAD_TARGET: Cannot export to ${fifo}: it is not an ordinary file. Choose another file.\n`,
    );
    expect(r.code).toBe(1);
    expect(statSync(fifo).isFIFO()).toBe(true);
  });

  it('replaces an existing file only with --force', () => {
    const old = join(dir, 'old.csv');
    writeFileSync(old, 'keep me');
    const r = exportRun('--format', 'csv', '--out', old);
    expect(r.stderr).toBe(`error: E_FILE_EXISTS: ${old} already exists; pass --force to replace it.\n`);
    expect(r.code).toBe(1);
    expect(readFileSync(old, 'utf8')).toBe('keep me');
    expect(exportRun('--format', 'csv', '--out', old, '--force').code).toBe(0);
    expect(readFileSync(old, 'utf8').split('\r\n')).toHaveLength(995 + 2);
  });

  it('refuses --format xlsx --out m.csv with E_USAGE naming both, unless --force', () => {
    const csvName = join(dir, 'm.csv');
    const r = exportRun('--format', 'xlsx', '--out', csvName);
    expect(r.stderr).toBe(
      `error: E_USAGE: --format xlsx would write XLSX into ${csvName}, whose name says .csv; name the file .xlsx, or pass --force\n`,
    );
    expect(r.code).toBe(2);
    expect(exportRun('--format', 'xlsx', '--out', csvName, '--force').code).toBe(0);
    expect(readFileSync(csvName).subarray(0, 2).toString('latin1')).toBe('PK');
  });
});
