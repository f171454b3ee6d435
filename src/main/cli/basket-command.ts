import type { Command } from 'commander';
import { resolve } from 'node:path';
import { AppError } from '../../shared/errors';
import { DEFAULT_MAX_ITEMS, DEFAULT_MIN_CONFIDENCE, DEFAULT_MIN_SUPPORT, type ItemLevel } from '../../shared/products';
import { positiveInt } from './cli-args';
import type { CliIo } from './cli-io';
import { basketText } from './basket-text';
import { segmentIndexes } from './segment-indexes';
import { type WithService, workspaceCommand } from './with-service';

interface BasketOptions {
  workspace: string;
  dataset: string;
  run?: string;
  segment?: string;
  minSupport: string;
  minConfidence: string;
  maxItems: string;
  by: string;
  top: string;
  json?: boolean;
  lang: string;
}

/** A share from 0 to 1 given on the command line, within [min, 1]. */
function share(text: string, flag: string, min: number): number {
  const v = Number(text);
  if (!(v >= min && v <= 1))
    throw new AppError('E_USAGE', `${flag} takes a share from ${min} to 1 (0.01 for 1 %), got "${text}"`);
  return v;
}

/** `basket`: what sells together — association rules over a dataset's orders, or one segment's. */
export function addBasketCommand(program: Command, io: CliIo, withService: WithService): void {
  workspaceCommand(program, 'basket', 'basket rules: which products (or categories) are bought together in one order')
    .requiredOption('--dataset <id>', 'the dataset (of order lines)')
    .option('--run <id>', 'with --segment: only the orders of one segment of this run')
    .option('--segment <segment>', "the segment's key or name (with --run)")
    .option(
      '--min-support <share>',
      'the least share of orders holding every item of a rule',
      String(DEFAULT_MIN_SUPPORT),
    )
    .option(
      '--min-confidence <share>',
      'the least share of orders with the first items that also hold the rest',
      String(DEFAULT_MIN_CONFIDENCE),
    )
    .option('--max-items <n>', 'the most items in one rule, both sides (2 to 5)', String(DEFAULT_MAX_ITEMS))
    .option('--by <level>', 'product | category', 'product')
    .option('--top <n>', 'the rules to print (the strongest by lift)', '20')
    .option('--lang <lang>', 'zh-CN | en: the language of the text', 'en')
    .option('--json', 'print the whole result as JSON (every rule kept)')
    .action(
      withService(async (service, opts: BasketOptions) => {
        const info = await service.openAt(resolve(opts.workspace), { readOnly: true });
        if (opts.by !== 'product' && opts.by !== 'category')
          throw new AppError('E_USAGE', `--by takes product or category, got "${opts.by}"`);
        if ((opts.run === undefined) !== (opts.segment === undefined))
          throw new AppError('E_USAGE', 'Give --run and --segment together (one segment of a run), or neither');
        const maxItems = positiveInt(opts.maxItems, '--max-items');
        if (maxItems < 2 || maxItems > 5)
          throw new AppError('E_USAGE', `--max-items takes 2 to 5, got "${opts.maxItems}"`);
        const datasetId = positiveInt(opts.dataset, '--dataset');
        const runId = opts.run === undefined ? undefined : positiveInt(opts.run, '--run');
        const segment =
          runId === undefined ? undefined : segmentIndexes(service, runId, [opts.segment!], '--segment')![0];
        const spec = {
          datasetId,
          runId,
          segment,
          by: opts.by as ItemLevel,
          minSupport: share(opts.minSupport, '--min-support', 0.0001),
          minConfidence: share(opts.minConfidence, '--min-confidence', 0),
          maxItems,
        };
        const result = await service.shop.basket.rules(spec);
        if (opts.json) {
          io.out(`${JSON.stringify(result)}\n`);
          return;
        }
        const lang = opts.lang === 'zh-CN' ? 'zh-CN' : 'en';
        const dataset = info.datasets.find((d) => d.id === datasetId)?.name ?? `#${datasetId}`;
        const named =
          runId === undefined
            ? null
            : { run: runId, name: service.runDetails(runId).result.segments[segment!].name[lang] };
        io.out(
          basketText(
            result,
            { dataset, segment: named, minSupport: spec.minSupport, minConfidence: spec.minConfidence },
            lang,
            positiveInt(opts.top, '--top'),
          ),
        );
      }),
    );
}
