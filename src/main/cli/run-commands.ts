import type { Command } from 'commander';
import { resolve } from 'node:path';
import { AppError } from '../../shared/errors';
import { ordersSpecSchema } from '../../shared/segments';
import { checkModel, positiveInt, readSpec } from './cli-args';
import type { CliIo } from './cli-io';
import { printRun } from './print-run';
import { onWorkspace, type WithService, workspaceCommand } from './with-service';
import type { WorkspaceService } from '../workspace/workspace-service';

/** The currency of a dataset of the open workspace (its amounts are printed in its decimals). */
const datasetCurrency = (service: Pick<WorkspaceService, 'current'>, datasetId: number) =>
  service.current()?.datasets.find((d) => d.id === datasetId)?.currency;

/** `run`: segment a dataset's customers and store the run. */
export function addRunCommand(program: Command, io: CliIo, withService: WithService): void {
  workspaceCommand(program, 'run', 'segment the customers of a dataset and store the run in the workspace')
    .requiredOption('--dataset <id>', 'the dataset (see dataset list)')
    .option('--model <model>', 'rfm, rules, kmeans, kprototypes, clv or orders (order segments)', 'rfm')
    .option('--spec <file>', 'the model settings as JSON (see the README); defaults when left out')
    .option('--name <name>', 'the run name')
    .option('--lang <lang>', 'zh-CN | en: the language of a missing-role error and of a CLV run’s text (default: en)')
    .option('--json', 'print JSON')
    .action(
      withService(
        async (
          service,
          opts: {
            workspace: string;
            dataset: string;
            model: string;
            spec?: string;
            name?: string;
            lang?: string;
            json?: boolean;
          },
        ) => {
          const model = checkModel(opts.model);
          if (model !== 'rfm' && model !== 'clv' && model !== 'orders' && !opts.spec)
            throw new AppError(
              'E_USAGE',
              `--model ${model} needs --spec (${model === 'rules' ? 'the rules' : 'the fields to cluster on'})`,
            );
          await service.openAt(resolve(opts.workspace));
          const datasetId = positiveInt(opts.dataset, '--dataset');
          // Order segments without --spec: the order value bands.
          const spec =
            model === 'orders' && !opts.spec
              ? ordersSpecSchema.parse({
                  model,
                  rules: (await service.ruleFields(datasetId)).templates.find((x) => x.key === 'order_value')?.rules,
                })
              : readSpec(opts.spec, model);
          const { run, result } = await service.createRun(datasetId, spec, {
            name: opts.name,
          });
          printRun(io, run, result, {
            json: opts.json,
            lang: opts.lang === 'zh-CN' ? 'zh-CN' : 'en',
            currency: datasetCurrency(service, run.datasetId),
          });
        },
      ),
    );
}

type ReapplyOptions = {
  workspace: string;
  run: string;
  dataset?: string;
  analysisDate?: string;
  windowDays?: string;
  recompute?: boolean;
  name?: string;
  json?: boolean;
};

/** `reapply`: a run's segmentation on another day, window or dataset. */
export function addReapplyCommand(program: Command, io: CliIo, withService: WithService): void {
  workspaceCommand(
    program,
    'reapply',
    "apply a run's segmentation to another analysis day, a window of days or another (appended) dataset",
  )
    .requiredOption('--run <id>', 'the run to re-apply')
    .option('--dataset <id>', "the dataset (default: the run's own, as it is now)")
    .option('--analysis-date <day>', 'the new analysis day, YYYY-MM-DD (default: the day after the last transaction)')
    .option('--window-days <n>', 'only the last N days before the analysis day')
    .option('--recompute', "RFM: compute new cut points rather than keep the run's")
    .option('--name <name>', 'the new run name')
    .option('--json', 'print JSON')
    .action(
      onWorkspace(withService, async (service, opts: ReapplyOptions) => {
        const runId = positiveInt(opts.run, '--run');
        if (opts.analysisDate && !/^\d{4}-\d{2}-\d{2}$/.test(opts.analysisDate))
          throw new AppError('E_USAGE', `--analysis-date takes YYYY-MM-DD, got "${opts.analysisDate}"`);
        const { run, result } = await service.reapplyRun(runId, {
          datasetId: opts.dataset ? positiveInt(opts.dataset, '--dataset') : undefined,
          analysisDate: opts.analysisDate,
          windowDays: opts.windowDays ? positiveInt(opts.windowDays, '--window-days') : undefined,
          recompute: opts.recompute,
          name: opts.name,
        });
        printRun(io, run, result, {
          json: opts.json,
          extra: { basedOn: runId },
          currency: datasetCurrency(service, run.datasetId),
        });
      }),
    );
}
