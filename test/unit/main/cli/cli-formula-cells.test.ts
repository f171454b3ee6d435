import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, cliAnalyzeEn, cliOn } from '../../../helpers/cli';
import { tempDir } from '../../../helpers/paths';

/**
 * Customer ids a spreadsheet would run as formulas, and the cells `neutralizeFormula` makes of them
 * (a leading apostrophe; a plain number such as -12 stays as it is), CSV-quoted where they hold a quote or comma.
 */
const IDS: [id: string, cell: string][] = [
  ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
  ['+1', '+1'],
  ['+1a', "'+1a"],
  ['@SUM(A1)', "'@SUM(A1)"],
  ['-2+3', "'-2+3"],
  ['-12', '-12'],
  ['plain', 'plain'],
];

/** A CSV line's first cell as written: a quoted cell (quotes doubled inside) or the text up to the first comma. */
const firstCell = (line: string) => /^("(?:[^"]|"")*"|[^,]*)/.exec(line)![1];

describe('segmentdesk members --csv and control-group on ids that look like formulas', () => {
  const dir = tempDir('segdesk-cli-formula-');
  const workspace = join(dir, 'analysis', 'analysis.segdesk');
  beforeAll(() => {
    const orders = join(dir, 'orders.csv');
    const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;
    const lines = IDS.flatMap(([id], i) => [
      `${quote(id)},2024-0${i + 1}-10,${10 + i}`,
      `${quote(id)},2024-0${i + 2}-20,${20 + i}`,
    ]);
    writeFileSync(orders, `customer_id,order_date,revenue\n${lines.join('\n')}\n`);
    const r = cliAnalyzeEn(orders, join(dir, 'analysis'), '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('members --csv writes each id as the export does: formulas neutralised, numbers left alone', () => {
    const r = cli('members', '--workspace', workspace, '--run', '1', '--csv');
    expect(r.stderr).toBe('');
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('customerId,segment,recency,frequency,monetary,r,f,m');
    expect(lines.slice(1).map(firstCell).sort()).toEqual(IDS.map(([, cell]) => cell).sort());
  });

  it('control-group writes test.csv and control.csv with the same neutralised cells', () => {
    const out = join(dir, 'groups');
    const r = cliOn(workspace)('control-group', '--run', '1', '--share', '0.5', '--seed', '1', '--out', out);
    expect(r.stderr).toBe('');
    const lines = ['test', 'control'].flatMap((side) => {
      const text = readFileSync(join(out, `${side}.csv`), 'utf8');
      expect(text.startsWith('customerId,segment\r\n')).toBe(true);
      return text.split('\r\n').slice(1, -1);
    });
    expect(lines.map(firstCell).sort()).toEqual(IDS.map(([, cell]) => cell).sort());
  });
});
