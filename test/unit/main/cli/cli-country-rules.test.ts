import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, cliRetailWorkspace } from '../../../helpers/cli';
import { COUNTRY_RULES, countrySegments, uciCountries } from '../../../helpers/online-retail';
import { tempDir } from '../../../helpers/paths';

describe('segmentdesk run --model rules on an order file’s per-customer column', () => {
  it('segments Online Retail by Country (each customer’s first order): the UK, the EU, everything else', () => {
    const dir = tempDir();
    const ws = join(dir, 'retail.segdesk');
    expect(cliRetailWorkspace(ws).rowsKept).toBe(397884);
    const spec = join(dir, 'spec.json');
    writeFileSync(spec, JSON.stringify({ rules: COUNTRY_RULES }));
    const run = cli('run', '--workspace', ws, '--dataset', '1', '--model', 'rules', '--spec', spec, '--json');
    expect(run.stderr).toBe('');
    const out = JSON.parse(run.stdout) as { segments: { key: string; customers: number }[] };
    const direct = uciCountries();
    const [uk, eu, rest] = countrySegments(direct.country);
    expect(out.segments.map((s) => [s.key, s.customers])).toEqual([
      ['uk', uk],
      ['eu', eu],
      ['others', rest],
    ]);
    expect([uk, eu, rest]).toEqual([3920, 336, 82]);
  });
});
