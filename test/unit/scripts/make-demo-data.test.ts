import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../../helpers/files';
import { repoRoot, resourcesDir, tempDir } from '../../helpers/paths';

describe('make-demo-data', () => {
  it('regenerates the shipped demo orders byte for byte', () => {
    const out = join(tempDir(), 'orders.csv');
    execFileSync(process.execPath, [join(repoRoot, 'scripts', 'make-demo-data.mjs'), '--out', out]);
    expect(sha256(out)).toBe(sha256(join(resourcesDir, 'demo', 'orders.csv')));
  });
});
