import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, tempDir } from '../../../helpers/paths';

const bin = join(repoRoot, 'bin', 'segmentdesk.cjs');

/** Runs the CLI with its stdout read by a reader that takes `bytes` bytes and goes away (like `head -c`). */
function cliIntoHead(
  bytes: number,
  ...args: string[]
): Promise<{ code: number | null; signal: string | null; head: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let head = Buffer.alloc(0);
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      head = Buffer.concat([head, chunk]).subarray(0, bytes);
      if (head.length >= bytes) child.stdout.destroy();
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', fail);
    // 'close' follows the exit event once stderr is read to its end.
    child.on('close', (code, signal) => done({ code, signal, head: head.toString('utf8'), stderr }));
  });
}

describe('segmentdesk whose reader goes away', () => {
  const dir = tempDir('segdesk-cli-epipe-');
  const out = join(dir, 'analysis');
  const workspace = join(out, 'analysis.segdesk');
  beforeAll(() => {
    // 20,000 customers with two orders each: far more JSON than a pipe or socket buffer holds, so the CLI is still writing when the reader goes.
    const orders = join(dir, 'orders.csv');
    const lines = Array.from(
      { length: 20_000 },
      (_, i) => `c${i},2024-0${1 + (i % 9)}-1${i % 10},${10 + (i % 97)}\nc${i},2024-10-0${1 + (i % 9)},${5 + (i % 13)}`,
    );
    writeFileSync(orders, `customer_id,order_date,revenue\n${lines.join('\n')}\n`);
    const r = spawnSync(
      process.execPath,
      [bin, 'analyze', orders, '--out', out, '--lang', 'en', '--no-pdf', '--json'],
      {
        encoding: 'utf8',
      },
    );
    expect([r.status, r.stderr]).toEqual([0, '']);
  });

  it('members --json | head -c 100: exits quietly (status 0 or 141), nothing on stderr', async () => {
    const r = await cliIntoHead(100, 'members', '--workspace', workspace, '--run', '1', '--json');
    expect(r.head).toHaveLength(100);
    expect(r.head.startsWith('[{"customerId":')).toBe(true);
    expect(r.stderr).toBe('');
    expect(r.signal).toBeNull();
    expect([0, 141]).toContain(r.code);
  });
});
