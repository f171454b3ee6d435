import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliAnalyzeEn, cliOn } from '../../../helpers/cli';
import { sharedData, tempDir } from '../../../helpers/paths';

describe('segmentdesk campaign with a platform export (customers by e-mail, groups from the draw)', () => {
  const dir = tempDir('segdesk-cli-platform-');
  const out = join(dir, 'analysis');
  const workspace = join(out, 'analysis.segdesk');
  const on = cliOn(workspace);
  // rfm_data_orders.csv read directly: each customer's e-mail.
  const emailOf = new Map<string, string>();
  for (const line of readFileSync(sharedData('rfm_data_orders.csv'), 'utf8').trim().split('\n').slice(1)) {
    const cells = line.split(',');
    emailOf.set(cells[0], cells[5]);
  }
  const group = new Map<string, 'test' | 'control'>();
  beforeAll(() => {
    expect(cliAnalyzeEn(sharedData('rfm_data_orders.csv'), out, '--model', 'rfm', '--json').code).toBe(0);
    const lists = join(dir, 'groups');
    const drawn = on(
      'control-group',
      '--run',
      '1',
      '--segments',
      'champions,lost',
      '--share',
      '0.4',
      '--seed',
      '3',
      '--out',
      lists,
    );
    expect(drawn.stderr).toBe('');
    for (const side of ['test', 'control'] as const)
      for (const line of readFileSync(join(lists, `${side}.csv`), 'utf8')
        .trim()
        .split(/\r?\n/)
        .slice(1))
        group.set(line.split(',')[0].replace(/^"|"$/g, ''), side);
  });

  it('Mailchimp-style clicks by "Email Address": the counts and unmatched rows exactly; without the draw the missing group is named', () => {
    const clicked = [...group.keys()].filter((_, i) => i % 3 === 0);
    const rows = clicked.map((id, i) => `${i % 2 ? emailOf.get(id)!.toUpperCase() : emailOf.get(id)},${i % 4 ? 1 : 2}`);
    const file = join(dir, 'clicked.csv');
    writeFileSync(file, `Email Address,Clicks\n${rows.join('\n')}\nnobody@example.com,1\n,1\n`);
    const args = [
      '--run',
      '1',
      '--results',
      file,
      '--control-segments',
      'champions,lost',
      '--control-share',
      '0.4',
      '--seed',
      '3',
    ];
    const r = on('campaign', ...args, '--json');
    expect(r.stderr).toBe('');
    const result = JSON.parse(r.stdout);
    expect([result.matchedBy, result.unmatched]).toEqual(['email', 1]);
    const all = result.segments.find((s: { segment: string }) => s.segment === '(all)');
    const count = (side: string) => [...group].filter(([, g]) => g === side).map(([id]) => id);
    const responders = (side: string) => count(side).filter((id) => clicked.includes(id)).length;
    expect([all.test.customers, all.test.responders, all.control.customers, all.control.responders]).toEqual([
      count('test').length,
      responders('test'),
      count('control').length,
      responders('control'),
    ]);
    const text = on('campaign', ...args);
    expect(text.stdout).toContain(
      'customers matched by e-mail address\n1 campaign customers are not in the run or not in the drawn groups\n',
    );
    expect(on('campaign', '--run', '1', '--results', file).stderr).toMatch(
      /^error: E_MISSING_ROLE: Name the campaign file's column for: group/,
    );
    expect(on('campaign', ...args, '--default-country', 'Britain').stderr).toBe(
      'error: E_USAGE: --default-country takes a two-letter country code (GB, CN), got "Britain"\n',
    );
  });
});
