import type { Command } from 'commander';
import { extname, resolve } from 'node:path';
import { countText, crossSellAction } from '../../shared/cross-sell-action';
import { AppError } from '../../shared/errors';
import { EXPORT_ENCODINGS, membersExportSchema } from '../../shared/exports';
import { createTranslate, languageForLocale } from '../../shared/i18n';
import { itemLevelSchema, type CrossSellSpec, type TargetList } from '../../shared/products';
import { languageSchema, type Language } from '../../shared/schemas';
import type { SegmentSummary } from '../../shared/segments';
import { assertExportTarget } from '../io/assert-export-target';
import type { WorkspaceService } from '../workspace/workspace-service';
import { positiveInt } from './cli-args';
import type { CliIo } from './cli-io';
import { segmentArg } from './segment-arg';
import { onWorkspace, type WithService, workspaceCommand } from './with-service';

interface CrossSellFlags {
  workspace: string;
  run: string;
  segment?: string;
  bought?: string;
  notBought?: string;
  topProducts?: string;
  by: string;
  name?: string;
  out: string;
  columns?: string;
  mask?: string;
  encoding?: string;
  delimiter?: string;
  lang?: string;
  force?: boolean;
  json?: boolean;
}

/** Comma-separated values, trimmed, empty ones left out (undefined when the flag was not given). */
const commaList = (text: string | undefined) =>
  text
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** --lang, else the system's language. */
function languageOf(text: string | undefined): Language {
  if (text === undefined) return languageForLocale(Intl.DateTimeFormat().resolvedOptions().locale);
  const parsed = languageSchema.safeParse(text);
  if (!parsed.success) throw new AppError('E_USAGE', `--lang takes en or zh-CN, got "${text}"`);
  return parsed.data;
}

/** The export format the file's name says: .csv (or .tsv, .txt) or .xlsx. */
function formatOf(out: string): 'csv' | 'xlsx' {
  const ext = extname(out).slice(1).toLowerCase();
  if (ext === 'xlsx') return 'xlsx';
  if (ext === 'csv' || ext === 'tsv' || ext === 'txt') return 'csv';
  throw new AppError('E_USAGE', `--out names the file to write: list.csv or list.xlsx, got "${out}"`);
}

/** The list the flags ask for: --bought/--not-bought items, or the segment's top products by buyers (--top-products). */
async function specOf(service: WorkspaceService, runId: number, segment: number | null, opts: CrossSellFlags) {
  const by = itemLevelSchema.safeParse(opts.by);
  if (!by.success) throw new AppError('E_USAGE', `--by takes product or category, got "${opts.by}"`);
  if (opts.topProducts !== undefined) {
    if (opts.bought !== undefined || opts.notBought !== undefined)
      throw new AppError('E_USAGE', 'Give --top-products, or --bought and --not-bought, not both.');
    if (segment === null) throw new AppError('E_USAGE', '--top-products needs --segment: whose top products.');
    return service.shop.lists.topProductsSpec(runId, segment, positiveInt(opts.topProducts, '--top-products'), by.data);
  }
  const items = (text: string | undefined) => (commaList(text) ?? []).map((key) => ({ key, name: '' }));
  const notBought = items(opts.notBought);
  if (notBought.length === 0) throw new AppError('E_USAGE', createTranslate('en')('crossSell.cli.needItems'));
  const spec: CrossSellSpec = {
    segment,
    by: by.data,
    bought: items(opts.bought),
    notBought,
    source: 'manual',
  };
  return spec;
}

/** What the command prints: how many customers, the action, the file. */
function madeText(list: TargetList, action: string, file: string, rows: number, lang: Language): string {
  const t = createTranslate(lang);
  const count = countText(list.customers, lang);
  return `${t('crossSell.cli.made', { id: list.id, name: list.name, runId: list.runId, count })}\n${action}\n${t('crossSell.cli.written', { file, rows: countText(rows, lang) })}\n`;
}

const segmentName = (segments: readonly SegmentSummary[], s: number | null) => (s === null ? null : segments[s].name);

/** `cross-sell`: makes a cross-sell list, keeps it with the run and writes its customers to a file. */
function addCrossSellCommand(program: Command, io: CliIo, withService: WithService): void {
  workspaceCommand(
    program,
    'cross-sell',
    'make a cross-sell list (customers of a segment who bought A but never B), keep it with the run and write it',
  )
    .requiredOption('--run <id>', 'the run (of a transactions dataset with a product or category column)')
    .requiredOption('--out <file>', 'the file to write: list.csv or list.xlsx')
    .option('--segment <segment>', 'the segment (its key, name or number); default: all the run’s customers')
    .option('--bought <items>', 'items the customers bought, all of them (codes or names, comma-separated)')
    .option('--not-bought <items>', 'items they never bought (codes or names, comma-separated)')
    .option('--top-products <n>', 'instead: the segment’s customers who bought none of its top n products by buyers')
    .option('--by <level>', 'product or category', 'product')
    .option('--name <name>', 'the list’s name (default: made from the segment and the items)')
    .option('--columns <keys>', 'these columns, in order (as `export`); default: id, segment and the run’s values')
    .option('--mask <keys>', 'mask these personal columns (names, phones, e-mails)')
    .option('--encoding <encoding>', `CSV text encoding: ${EXPORT_ENCODINGS.join(' | ')} (utf8 has a BOM)`)
    .option('--delimiter <delimiter>', 'CSV delimiter: , ; tab')
    .option('--lang <lang>', 'zh-CN | en: the language of the text, the name and the file (default: the system’s)')
    .option('--force', 'replace an existing file')
    .option('--json', 'print the list, the action and the file as JSON')
    .action(
      withService(async (service, opts: CrossSellFlags) => {
        const out = resolve(opts.out);
        const format = formatOf(out);
        assertExportTarget(out, resolve(opts.workspace), { replace: opts.force ?? false });
        const lang = languageOf(opts.lang);
        await service.openAt(resolve(opts.workspace));
        const runId = positiveInt(opts.run, '--run');
        const { segments } = service.runDetails(runId).result;
        const segment = opts.segment === undefined ? null : segmentArg(segments, opts.segment);
        const spec = await specOf(service, runId, segment, opts);
        const delimiter = opts.delimiter === 'tab' || opts.delimiter === '\\t' ? '\t' : (opts.delimiter ?? ',');
        const options = membersExportSchema.safeParse({
          format,
          columns: commaList(opts.columns),
          mask: commaList(opts.mask),
          encoding: opts.encoding,
          delimiter,
          lang,
        });
        if (!options.success) throw new AppError('E_USAGE', `invalid option: ${options.error.issues[0].message}`);
        const list = await service.shop.lists.create(runId, spec, opts.name, undefined, lang);
        const written = await service.exportMembersTo(runId, { ...options.data, listId: list.id }, out).catch((err) => {
          // A list whose file could not be written is not kept: the command did nothing.
          service.shop.lists.delete(list.id);
          throw err;
        });
        const action = crossSellAction({ ...list, segment: segmentName(segments, list.spec.segment) }, lang);
        io.out(
          opts.json
            ? `${JSON.stringify({ list, action, written })}\n`
            : madeText(list, action, written.path, written.rows, lang),
        );
      }),
    );
}

/** `lists`: the cross-sell lists kept with a run. */
function addListsCommand(program: Command, io: CliIo, withService: WithService): void {
  workspaceCommand(program, 'lists', 'the cross-sell lists kept with a run')
    .requiredOption('--run <id>', 'the run')
    .option('--lang <lang>', 'zh-CN | en (default: the system’s)')
    .option('--json', 'print the lists as JSON, each with its action sentence')
    .action(
      onWorkspace(
        withService,
        async (service, opts: { workspace: string; run: string; lang?: string; json?: boolean }) => {
          const lang = languageOf(opts.lang);
          const t = createTranslate(lang);
          const runId = positiveInt(opts.run, '--run');
          const { run, result } = service.runDetails(runId);
          const lists = service.shop.lists.lists(runId).map((list) => ({
            ...list,
            action: crossSellAction({ ...list, segment: segmentName(result.segments, list.spec.segment) }, lang),
          }));
          if (opts.json) return io.out(`${JSON.stringify({ lists })}\n`);
          const lines = lists.flatMap((l) => [
            t('crossSell.cli.listLine', {
              id: l.id,
              name: l.name,
              count: countText(l.customers, lang),
              date: l.createdAt.slice(0, 10),
            }),
            `  ${l.action}`,
          ]);
          io.out(
            `${[t('crossSell.cli.listsHeading', { id: run.id, name: run.name }), ...(lines.length ? lines : [t('crossSell.cli.none')])].join('\n')}\n`,
          );
        },
        undefined,
        { readOnly: true },
      ),
    );
}

/** `cross-sell` and `lists`. */
export function addCrossSellCommands(program: Command, io: CliIo, withService: WithService): void {
  addCrossSellCommand(program, io, withService);
  addListsCommand(program, io, withService);
}
