import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, cliOn, cliWorkspaceWith } from '../../../helpers/cli';
import { sharedData, tempDir } from '../../../helpers/paths';
import { digestWorkspace } from '../../../helpers/workspace-digest';

const COLUMNS = 'customer_id, order_date, revenue, first_name, last_name, email';

describe('segmentdesk dataset set-role, set-type and rename-column', () => {
  const workspace = join(tempDir(), 'meanings.segdesk');
  const on = cliOn(workspace);
  /** `segmentdesk dataset <command> --workspace <workspace> …args`. */
  const dataset = (command: string, ...args: string[]) => cli('dataset', command, '--workspace', workspace, ...args);
  beforeAll(() => {
    cliWorkspaceWith(
      workspace,
      sharedData('rfm_data_orders.csv'),
      'transactions',
      'customerId=customer_id,orderDate=order_date,amount=revenue',
    );
  });

  it('changes a meaning and leaves the earlier run readable and unchanged, byte for byte', () => {
    const run = on('run', '--dataset', '1', '--model', 'rfm', '--json');
    expect(run.stderr).toBe('');
    const runId = JSON.parse(run.stdout).runId as number;
    const members = on('members', '--run', String(runId), '--json').stdout;
    const before = digestWorkspace(workspace);

    const set = dataset('set-role', '--dataset', '1', '--column', 'first_name', '--role', 'category', '--json');
    expect(set.stderr).toBe('');
    // --map names three roles; the contact columns are suggested (first_name was firstName, now the category).
    expect(JSON.parse(set.stdout).roles).toEqual({
      customerId: 'customer_id',
      orderDate: 'order_date',
      amount: 'revenue',
      category: 'first_name',
      lastName: 'last_name',
      email: 'email',
    });
    const after = digestWorkspace(workspace);
    expect(after.runs[runId]).toBe(before.runs[runId]);
    expect(after.datasets[1]).not.toBe(before.datasets[1]);
    expect(on('members', '--run', String(runId), '--json').stdout).toBe(members);
    expect(dataset('set-role', '--dataset', '1', '--column', 'first_name', '--role', 'none').stdout).toBe(
      '#1 rfm_data_orders: "first_name" means nothing now\n',
    );
  });

  it('says which column or role it does not know, with the codes the app uses', () => {
    expect(dataset('set-role', '--dataset', '1', '--column', 'Spend', '--role', 'amount')).toMatchObject({
      code: 1,
      stderr: `error: E_UNKNOWN_COLUMN: "rfm_data_orders" has no column "Spend". Its columns: ${COLUMNS}.\n`,
    });
    const bogus = dataset('set-role', '--dataset', '1', '--column', 'email', '--role', 'spend');
    expect(bogus.code).toBe(2);
    expect(bogus.stderr).toMatch(/^error: E_USAGE: --role takes none or one of customerId, orderId, /);
    expect(dataset('set-role', '--dataset', '1', '--column', 'email', '--role', 'gender').stderr).toMatch(
      /^error: E_ROLE_NOT_FOR_KIND: A transactions dataset has no role "gender"\./,
    );
    // 4,906 order lines, each with a first name that is a word, not a number (counted from the file).
    const lines = readFileSync(sharedData('rfm_data_orders.csv'), 'utf8').trim().split('\n').slice(1);
    const words = lines.filter((l) => Number.isNaN(Number(l.split(',')[3]))).length;
    expect(words).toBe(4906);
    expect(dataset('set-type', '--dataset', '1', '--column', 'first_name', '--type', 'decimal')).toMatchObject({
      code: 1,
      stderr: `error: E_TYPE_UNREADABLE: ${words} values of "first_name" cannot be read as decimal, for example "Brion". Nothing was changed.\n`,
    });
  });

  it('renames a column (its role follows) and says a missing role in the language asked for', () => {
    const renamed = dataset('rename-column', '--dataset', '1', '--column', 'revenue', '--name', 'spend', '--json');
    expect(renamed.stderr).toBe('');
    const out = JSON.parse(renamed.stdout);
    expect(out.roles.amount).toBe('spend');
    expect(out.columns.map((c: { name: string }) => c.name)).toEqual([
      'customer_id',
      'order_date',
      'spend',
      'first_name',
      'last_name',
      'email',
    ]);
    expect(dataset('set-role', '--dataset', '1', '--column', 'order_date', '--role', 'none').code).toBe(0);
    expect(on('run', '--dataset', '1', '--lang', 'zh-CN')).toMatchObject({
      code: 1,
      stderr:
        'error: E_MISSING_ROLE: 还没有哪一列表示下单时间。请用以下命令指定：segmentdesk dataset set-role --column <列名> --role orderDate\n',
    });
    expect(on('run', '--dataset', '1').stderr).toBe('error: E_MISSING_ROLE: Map a column to: Order date.\n');
    expect(cli('dataset', 'set-role', '--help').stdout).toContain('--role <role>');
  });
});
