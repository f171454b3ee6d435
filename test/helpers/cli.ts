import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { repoRoot, sharedData } from './paths';

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real `segmentdesk` bin (bin/segmentdesk.cjs → out/main/cli.js) in plain Node, with `env` over this process's. */
export function cliWith(env: Record<string, string>, ...args: string[]): CliResult {
  const r = spawnSync(process.execPath, [join(repoRoot, 'bin', 'segmentdesk.cjs'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    maxBuffer: 1 << 28,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs the real `segmentdesk` bin in plain Node. */
export const cli = (...args: string[]): CliResult => cliWith({}, ...args);

/**
 * `segmentdesk analyze <file> --out <out> --lang en --no-pdf …args`: a workspace with a run and its
 * lists, where the report's PDF is not what a test checks (printing starts a Chromium: 3 s).
 */
export const cliAnalyzeEn = (file: string, out: string, ...args: string[]): CliResult =>
  cli('analyze', file, '--out', out, '--lang', 'en', '--no-pdf', ...args);

/** `segmentdesk <command> --workspace <workspace> …args`. */
export const cliOn =
  (workspace: string) =>
  (command: string, ...args: string[]): CliResult =>
    cli(command, '--workspace', workspace, ...args);

/** `segmentdesk import <data> --workspace <workspace> --role <role> --map <map> …args --json`. */
export const cliImport = (workspace: string, data: string, role: string, map: string, ...args: string[]): CliResult =>
  cli('import', data, '--workspace', workspace, '--role', role, '--map', map, ...args, '--json');

/**
 * Creates a workspace and imports `data` into it as `cliImport` does; both commands must succeed
 * and say nothing on stderr. The import's JSON result (datasetId, rowsRead, rowsKept …).
 */
export function cliWorkspaceWith(
  workspace: string,
  data: string,
  role: string,
  map: string,
  ...args: string[]
): Record<string, unknown> {
  expect(cli('workspace', 'create', workspace).code).toBe(0);
  const imported = cliImport(workspace, data, role, map, ...args);
  expect(imported.stderr).toBe('');
  expect(imported.code).toBe(0);
  return JSON.parse(imported.stdout) as Record<string, unknown>;
}

/** A writer of spec files into `dir`: `(name, value)` → the path of `<name>.json` holding `value` as JSON. */
export const specWriter = (dir: string) => (name: string, value: unknown) => {
  const file = join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify(value));
  return file;
};

/** Creates a workspace with the whole UCI Online Retail file imported by `cliWorkspaceWith` (customer, order, date, quantity, price). */
export const cliRetailWorkspace = (workspace: string) =>
  cliWorkspaceWith(
    workspace,
    sharedData('online_retail_uci.csv.gz'),
    'transactions',
    'customerId=CustomerID,orderId=InvoiceNo,orderDate=InvoiceDate,quantity=Quantity,unitPrice=UnitPrice',
  );

/** `cliRetailWorkspace` with the products mapped too: productId = StockCode, productName = Description (issue 26). */
export const cliRetailProductsWorkspace = (workspace: string) =>
  cliWorkspaceWith(
    workspace,
    sharedData('online_retail_uci.csv.gz'),
    'transactions',
    'customerId=CustomerID,orderId=InvoiceNo,orderDate=InvoiceDate,quantity=Quantity,unitPrice=UnitPrice,productId=StockCode,productName=Description',
  );
