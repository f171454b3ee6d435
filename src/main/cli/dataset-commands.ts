import type { Command } from 'commander';
import { resolve } from 'node:path';
import { currencyWhy } from '../../shared/currency-why';
import { createTranslate } from '../../shared/i18n';
import { ENCODINGS } from '../../shared/import-settings';
import type { DatasetKind, KindDecision } from '../../shared/roles';
import type { CurrencyDecision, DatasetInfo } from '../../shared/schemas';
import { sharesLeftOutText } from '../../shared/shares-left-out';
import { sameFile } from '../workspace/same-file';
import { addColumnCommands } from './add-column-command';
import { positiveInt } from './cli-args';
import type { CliIo } from './cli-io';
import { pairs, parseSettings, readSettings, type ReadFlags } from './import-flags';
import { kindLine } from './kind-line';
import { type WithService, workspaceCommand } from './with-service';

const en = createTranslate('en');

function describeInspect(r: {
  format: string;
  encoding: string | null;
  delimiter: string | null;
  rowCount: number;
  kind: DatasetKind;
  why: KindDecision;
  currency: string;
  currencyWhy: CurrencyDecision;
  columns: { name: string; type: string; missing: number }[];
  issues: { code: string; count: number }[];
}): string {
  const lines = [
    `${r.format}${r.encoding ? `, ${r.encoding}` : ''}${r.delimiter ? `, delimiter ${JSON.stringify(r.delimiter)}` : ''}: ${r.rowCount} rows`,
    `  ${kindLine(r.kind, r.why)}`,
    `  currency ${en('import.currencyFound', { currency: r.currency, why: currencyWhy(en, r.currencyWhy, r.kind) })}`,
  ];
  for (const c of r.columns) lines.push(`  ${c.name}: ${c.type}${c.missing ? ` (${c.missing} missing)` : ''}`);
  for (const i of r.issues) lines.push(`  issue ${i.code}: ${i.count}`);
  return `${lines.join('\n')}\n`;
}

/** `inspect`: what an import of a file would do. */
export function addInspectCommand(program: Command, io: CliIo, withService: WithService): void {
  program
    .command('inspect <file>')
    .description(
      'read a file (CSV/TSV/TXT, XLSX/XLS, Parquet, Arrow; also .gz or .zip) and report what an import would do',
    )
    .option('--sheet <sheet>', 'workbook sheet')
    .option('--encoding <encoding>', `text encoding: ${ENCODINGS.join(', ')}`)
    .option('--delimiter <delimiter>', 'field delimiter: , ; tab | whitespace')
    .option('--skip-rows <n>', 'title lines above the header (default: detected)')
    .option('--json', 'print JSON')
    .action(
      withService(async (service, file: string, opts: ReadFlags & { json?: boolean }) => {
        const { token } = service.registerFile(resolve(file));
        const r = await service.inspectImport(token, parseSettings(readSettings(opts)), undefined, null);
        const out = {
          format: r.format,
          encoding: r.encoding,
          delimiter: r.delimiter,
          sheet: r.sheet,
          headerRow: r.headerLine,
          rowCount: r.rowsRead,
          kind: r.kind,
          why: r.why,
          roles: r.roles,
          currency: r.currency,
          currencyWhy: r.currencyWhy,
          columns: r.columns.map((c) => ({ name: c.name, type: c.spec.kind, missing: c.missing })),
          issues: r.quality.issues.map((i) => ({ code: i.code, count: i.count })),
        };
        io.out(opts.json ? `${JSON.stringify(out)}\n` : describeInspect(out));
      }),
    );
}

/** `import`: a file into a workspace as a dataset. */
export function addImportCommand(program: Command, io: CliIo, withService: WithService): void {
  workspaceCommand(
    program,
    'import <file>',
    'import a file into a workspace as a dataset, with the quality policies applied',
  )
    .option('--role <kind>', 'one row is an order line (transactions) or a customer (customers)')
    .option('--map <role=Column,...>', 'which column holds each role, e.g. customerId=CustomerID,orderDate=InvoiceDate')
    .option('--policy <code=policy,...>', 'drop | keep | flag per issue code, e.g. duplicate_row=drop')
    .option('--name <name>', 'dataset name (default: the file name)')
    .option('--sheet <sheet>', 'workbook sheet')
    .option('--encoding <encoding>', 'text encoding')
    .option('--delimiter <delimiter>', 'field delimiter: , ; tab | whitespace')
    .option('--skip-rows <n>', 'title lines above the header (default: detected)')
    .option(
      '--summarise',
      'keep one row per customer (orders, spend, first and last order), summed by DuckDB: for files too large to keep row by row',
    )
    .option('--json', 'print JSON')
    .action(
      withService(
        async (
          service,
          file: string,
          opts: ReadFlags & {
            workspace: string;
            role?: string;
            map?: string;
            policy?: string;
            name?: string;
            summarise?: boolean;
            json?: boolean;
          },
        ) => {
          const settings = parseSettings({
            ...readSettings(opts),
            kind: opts.role,
            roles: opts.map ? pairs(opts.map, '--map') : undefined,
            // --map names some roles: the others are suggested, as without it.
            suggestOtherRoles: opts.map ? true : undefined,
            policies: opts.policy ? pairs(opts.policy, '--policy') : undefined,
            name: opts.name,
            summarise: opts.summarise,
          });
          service.jobs.start(); // loads while the workspace is opened
          await service.openAt(resolve(opts.workspace));
          const d = await service.importFile(resolve(file), settings);
          if (process.stderr.isTTY) process.stderr.write('\r');
          const why = d.source.kindDecision ?? { reason: 'chosen' as const, columns: [] };
          const money = d.source.currencyDecision ?? { reason: 'chosen' as const, column: null, value: null };
          const earlier = sameFile(service.current()?.datasets.filter((x) => x.id !== d.id) ?? [], {
            name: d.sourceName,
            bytes: d.source.bytes ?? -1,
            sha256: d.source.sha256 ?? null,
          });
          const again = earlier && { datasetId: earlier.id, name: earlier.name, createdAt: earlier.createdAt };
          const out = {
            datasetId: d.id,
            kind: d.kind,
            why,
            roles: d.roles,
            currency: d.currency,
            currencyWhy: money,
            alreadyImported: again,
            rowsRead: d.quality.rowsRead,
            rowsKept: d.quality.rowsKept,
            issues: d.quality.issues.map((i) => ({ code: i.code, count: i.count, policy: i.policy })),
            ...(d.source.summarised && sharesOf(d.source.summarised)),
          };
          io.out(
            opts.json
              ? `${JSON.stringify(out)}\n`
              : `${d.source.summarised ? `summarised #${d.id} ${d.name}: ${d.quality.rowsKept} of ${d.quality.rowsRead} order lines kept, one row for each of ${d.rowCount} customers` : `imported #${d.id} ${d.name}: ${d.quality.rowsKept} of ${d.quality.rowsRead} rows kept`}\n${d.source.summarised ? sharesLine(d.source.summarised) : ''}${kindLine(d.kind, why)}\ncurrency ${en('import.currencyFound', { currency: d.currency, why: currencyWhy(en, money, d.kind) })}\n${again ? `note: this file was already imported as #${again.datasetId} ${again.name} on ${again.createdAt.slice(0, 10)}\n` : ''}`,
          );
        },
      ),
    );
}

type Summarised = NonNullable<DatasetInfo['source']['summarised']>;

/** A summary's spend shares for `import --json`: the values kept per role, or why none. */
const sharesOf = (s: Summarised) => ({
  shares: (s.shares ?? []).map(({ role, column, values }) => ({ role, column, values: values.length })),
  ...(s.sharesLeftOut && { sharesLeftOut: s.sharesLeftOut }),
});

/** A summary's spend shares, as a line of `import`'s text. */
function sharesLine(s: Summarised): string {
  if (s.sharesLeftOut) return `${sharesLeftOutText(s.sharesLeftOut, en, (n) => n.toLocaleString('en-US'))}\n`;
  if (!s.shares?.length) return '';
  return `spend shares kept: ${s.shares.map((r) => `${r.role} "${r.column}" (${r.values.length} values)`).join(', ')}\n`;
}

/** `append` (a newer export to a transactions dataset) and `dataset list`. */
export function addDatasetCommands(program: Command, io: CliIo, withService: WithService): void {
  workspaceCommand(
    program,
    'append <file>',
    "append a newer export of the same columns to a transactions dataset (next month's file)",
  )
    .requiredOption('--dataset <id>', 'the transactions dataset')
    .option('--json', 'print JSON')
    .action(
      withService(async (service, file: string, opts: { workspace: string; dataset: string; json?: boolean }) => {
        await service.openAt(resolve(opts.workspace));
        const { token } = service.registerFile(resolve(file));
        const d = await service.appendImport(token, positiveInt(opts.dataset, '--dataset'), {});
        if (process.stderr.isTTY) process.stderr.write('\r');
        io.out(
          opts.json
            ? `${JSON.stringify({ datasetId: d.id, rowCount: d.rowCount })}\n`
            : `appended to #${d.id} ${d.name}: ${d.rowCount} rows now\n`,
        );
      }),
    );

  const dataset = program.command('dataset').description('datasets of a workspace');
  addColumnCommands(dataset, io, withService);
  workspaceCommand(dataset, 'list', 'list the datasets of a workspace')
    .option('--json', 'print JSON')
    .action(
      withService(async (service, opts: { workspace: string; json?: boolean }) => {
        const info = await service.openAt(resolve(opts.workspace), { readOnly: true });
        // A damaged dataset is listed in its place, marked, with what is wrong with it.
        const rows = [
          ...info.datasets.map((d) => ({ id: d.id, json: d, text: `${d.rowCount} rows\t${d.columns.length} columns` })),
          ...info.damagedDatasets.map((d) => ({
            id: d.id,
            json: { ...d, damaged: true },
            text: `DAMAGED\t${d.problem}`,
          })),
        ].sort((a, b) => a.id - b.id);
        io.out(
          opts.json
            ? `${JSON.stringify(rows.map((r) => r.json))}\n`
            : rows.map((r) => `#${r.id}\t${r.json.name}\t${r.text}\n`).join(''),
        );
      }),
    );
}
