import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, cliAnalyzeEn, cliOn } from '../../../helpers/cli';
import { sharedData, tempDir } from '../../../helpers/paths';

describe('commands that only read leave the workspace byte-identical', () => {
  it('workspace info, dataset list, members, export and workspace copy write nothing to it: not even its header', () => {
    const dir = tempDir('segdesk-cli-readonly-');
    const out = tempDir('segdesk-cli-readonly-out-');
    const workspace = join(dir, 'analysis.segdesk');
    expect(cliAnalyzeEn(sharedData('rfm_data_orders.csv'), dir).code).toBe(0);
    const bytes = readFileSync(workspace);
    const files = readdirSync(dir);
    const on = cliOn(workspace);
    const commands = [
      ['workspace', 'info', workspace],
      ['workspace', 'info', workspace, '--json'],
      ['dataset', 'list', '--workspace', workspace],
      ['members', '--workspace', workspace, '--run', '1', '--json'],
      ['export', '--workspace', workspace, '--run', '1', '--format', 'csv', '--out', join(out, 'm.csv')],
      ['export', '--workspace', workspace, '--run', '1', '--format', 'html', '--out', join(out, 'r.html')],
      ['workspace', 'copy', workspace, join(out, 'copy.segdesk')],
    ];
    for (const args of commands) {
      const r = cli(...args);
      expect({ args, code: r.code, stderr: r.stderr }).toEqual({ args, code: 0, stderr: '' });
      expect(readFileSync(workspace).equals(bytes), args.join(' ')).toBe(true);
      expect(readdirSync(dir)).toEqual(files);
    }
    // A command that changes it still can.
    expect(on('run', '--dataset', '1', '--model', 'rfm').code).toBe(0);
    expect(readFileSync(workspace).equals(bytes)).toBe(false);
  });
});
