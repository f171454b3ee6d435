import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../../../src/main/store/migrations';
import { sha256, sideFiles } from '../../../helpers/files';
import { repoRoot, sharedData, tempDir } from '../../../helpers/paths';

/** Runs the real `segmentdesk` bin (bin/segmentdesk.cjs → out/main/cli.js) in plain Node. */
function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [join(repoRoot, 'bin', 'segmentdesk.cjs'), ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const version = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).version as string;

describe('segmentdesk CLI', () => {
  it('prints its version and help', () => {
    expect(cli('--version')).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    const help = cli('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: segmentdesk');
    expect(help.stdout).toContain('workspace');
    expect(help.stdout).toContain('dataset');
  });

  it('creates a workspace and prints its info as camelCase JSON', () => {
    const file = join(tempDir(), 'a.segdesk');
    expect(cli('workspace', 'create', file)).toEqual({ code: 0, stdout: `created ${file}\n`, stderr: '' });
    const info = cli('workspace', 'info', file, '--json');
    expect(info.code).toBe(0);
    const json = JSON.parse(info.stdout);
    expect(json).toMatchObject({ schemaVersion: CURRENT_SCHEMA_VERSION, datasets: [], runs: [], name: 'a', path: file });
    expect(Object.keys(json).slice(0, 1)).toEqual(['schemaVersion']);
    expect(sideFiles(file)).toEqual([]);
  });

  it('refuses to overwrite without --force', () => {
    const file = join(tempDir(), 'a.segdesk');
    cli('workspace', 'create', file);
    expect(cli('workspace', 'create', file)).toMatchObject({ code: 1, stderr: `error: E_WORKSPACE_EXISTS: A file already exists at ${file}\n` });
    expect(cli('workspace', 'create', file, '--force').code).toBe(0);
  });

  it('imports a dataset into a workspace named with --workspace', () => {
    const file = join(tempDir(), 'a.segdesk');
    cli('workspace', 'create', file);
    const imported = cli('dataset', 'import', sharedData('rfm_data_orders.csv'), '--workspace', file, '--json');
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ id: 1, name: 'rfm_data_orders', rowCount: 4906 });
    const list = JSON.parse(cli('dataset', 'list', '--workspace', file, '--json').stdout);
    expect(list.map((d: { name: string; rowCount: number }) => [d.name, d.rowCount])).toEqual([['rfm_data_orders', 4906]]);
  });

  it('gives exact error codes on stderr and a non-zero exit, leaving refused files untouched', () => {
    const dir = tempDir();
    const text = join(dir, 'notes.segdesk');
    writeFileSync(text, 'not a database');
    const before = sha256(text);
    expect(cli('workspace', 'info', text, '--json')).toEqual({
      code: 1,
      stdout: '',
      stderr: 'error: E_NOT_A_WORKSPACE: This file is not a SegmentDesk workspace (it is not a SQLite database).\n',
    });
    expect(sha256(text)).toBe(before);
    expect(sideFiles(text)).toEqual([]);
    expect(cli('workspace', 'info', join(dir, 'missing.segdesk')).stderr).toBe(`error: E_FILE_NOT_FOUND: File not found: ${join(dir, 'missing.segdesk')}\n`);
    expect(cli('frobnicate')).toEqual({ code: 2, stdout: '', stderr: "error: E_USAGE: unknown command 'frobnicate'\n" });
    expect(cli('dataset', 'list')).toMatchObject({ code: 2, stderr: "error: E_USAGE: required option '--workspace <workspace>' not specified\n" });
  });
});
