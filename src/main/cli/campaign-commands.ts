import type { Command } from 'commander';
import { resolve } from 'node:path';
import { AppError } from '../../shared/errors';
import type { CampaignMatchOptions } from '../workspace/campaign-service';
import { positiveInt, unitShare } from './cli-args';
import type { CliIo } from './cli-io';
import { onWorkspace, type WithService, workspaceCommand } from './with-service';

/** `sample-size`: customers per group for a test. */
export function addSampleSizeCommand(program: Command, io: CliIo): void {
  program
    .command('sample-size')
    .description(
      "customers per group to detect an absolute uplift in a response rate (two-sided test, normal approximation, Cohen's h)",
    )
    .requiredOption('--baseline <rate>', "the control group's response rate, e.g. 0.05")
    .requiredOption('--uplift <points>', 'the smallest absolute uplift worth detecting, e.g. 0.01 (5 % → 6 %)')
    .option('--alpha <level>', 'significance level', '0.05')
    .option('--power <power>', 'power', '0.8')
    .option('--json', 'print JSON')
    .action(async (opts: { baseline: string; uplift: string; alpha: string; power: string; json?: boolean }) => {
      const baseline = unitShare(opts.baseline, '--baseline');
      const uplift = Number(opts.uplift);
      if (!(uplift > 0 && baseline + uplift < 1))
        throw new AppError(
          'E_USAGE',
          `--uplift takes a positive share that keeps the rate below 1, got "${opts.uplift}"`,
        );
      const { sampleSize } = await import('../engine/stats/ab-test');
      const r = sampleSize(baseline, uplift, unitShare(opts.alpha, '--alpha'), unitShare(opts.power, '--power'));
      io.out(
        opts.json
          ? `${JSON.stringify({ perGroup: r.perGroup, total: r.total, effectSize: r.h, n: r.n })}\n`
          : `${r.perGroup} customers per group, ${r.total} in all (Cohen's h ${r.h.toFixed(4)})\n`,
      );
    });
}

type CampaignOptions = {
  workspace: string;
  run: string;
  results: string;
  map?: string;
  save?: boolean;
  json?: boolean;
  controlSegments?: string;
  controlShare?: string;
  seed?: string;
  defaultCountry?: string;
};

const MAP_ROLES = ['customerId', 'email', 'phone', 'group', 'responded', 'revenue'];

/** A platform's file has no group column: its groups are the draw the campaign went out with (`control-group`'s segments, share and seed). */
function drawOf(opts: CampaignOptions): CampaignMatchOptions {
  const country = opts.defaultCountry?.trim().toUpperCase();
  if (country !== undefined && !/^[A-Z]{2}$/.test(country))
    throw new AppError(
      'E_USAGE',
      `--default-country takes a two-letter country code (GB, CN), got "${opts.defaultCountry}"`,
    );
  const match: CampaignMatchOptions = country ? { defaultCountry: country } : {};
  if (!opts.controlSegments) return match;
  const seed = Number(opts.seed ?? '42');
  if (!Number.isInteger(seed) || seed < 0)
    throw new AppError('E_USAGE', `--seed takes a whole number, got "${opts.seed}"`);
  const segments = opts.controlSegments.split(',').map((k) => k.trim());
  return { ...match, draw: { segments, share: unitShare(opts.controlShare ?? '0.5', '--control-share'), seed } };
}

/** `campaign`: a campaign's results per segment of a run. */
export function addCampaignCommand(program: Command, io: CliIo, withService: WithService): void {
  workspaceCommand(
    program,
    'campaign',
    "a campaign's results per segment of a run: response rates, uplift with 95 % intervals, z-test, chi-square, revenue (Welch)",
  )
    .requiredOption('--run <id>', 'the run whose segments to report by')
    .requiredOption(
      '--results <file>',
      'one row per customer: id, group (test/control), responded (1/0), revenue (optional)',
    )
    .option('--map <pairs>', 'columns by name: customerId=… (or email=… / phone=…),group=…,responded=…,revenue=…')
    .option(
      '--control-segments <keys>',
      "a platform's file without a group column: the segments the groups were drawn in (as control-group drew them)",
    )
    .option('--control-share <share>', 'with --control-segments: the share held out as control', '0.5')
    .option('--seed <seed>', 'with --control-segments: the seed of the draw', '42')
    .option(
      '--default-country <code>',
      "the country of the file's phone numbers written without a country code (GB, CN)",
    )
    .option('--save', 'keep the results with the run (the Campaign page and the report show them)')
    .option('--json', 'print JSON')
    .action(
      onWorkspace(withService, async (service, opts: CampaignOptions) => {
        const columns: Record<string, string> = {};
        for (const pair of (opts.map ?? '').split(',').filter(Boolean)) {
          const [role, column] = pair.split('=');
          if (!MAP_ROLES.includes(role) || !column)
            throw new AppError('E_USAGE', `--map takes ${MAP_ROLES.map((r) => `${r}=…`).join(',')}, got "${pair}"`);
          columns[role] = column;
        }
        const runId = positiveInt(opts.run, '--run');
        const match = drawOf(opts);
        const out = opts.save
          ? (await service.saveCampaign(runId, resolve(opts.results), columns, undefined, match)).results
          : await service.campaignResults(runId, resolve(opts.results), columns, undefined, match);
        if (opts.json) io.out(`${JSON.stringify(out)}\n`);
        else {
          const pct = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)} %`);
          const lines = out.segments.map(
            (s) =>
              `  ${s.segment}\ttest ${pct(s.test.rate)} (${s.test.customers})\tcontrol ${pct(s.control.rate)} (${s.control.customers})\tuplift ${pct(s.uplift)}\tp ${s.zTest ? s.zTest.p.toPrecision(3) : '—'}`,
          );
          io.out(
            `${lines.join('\n')}\n${out.matchedBy && out.matchedBy !== 'customerId' ? `customers matched by ${out.matchedBy === 'email' ? 'e-mail address' : 'phone number'}\n` : ''}${out.unmatched ? `${out.unmatched} campaign customers are not in the run${match.draw ? ' or not in the drawn groups' : ''}\n` : ''}`,
          );
        }
      }),
    );
}

type ControlGroupOptions = {
  workspace: string;
  run: string;
  out: string;
  segments?: string;
  share: string;
  seed: string;
  json?: boolean;
};

/** `control-group`: test.csv and control.csv drawn by the service's picker (the app's campaign:pickGroups). */
export function addControlGroupCommand(program: Command, io: CliIo, withService: WithService): void {
  workspaceCommand(
    program,
    'control-group',
    'draw a seeded control group within each chosen segment of a run; writes test.csv and control.csv',
  )
    .requiredOption('--run <id>', 'the run')
    .requiredOption('--out <dir>', 'the folder for test.csv and control.csv')
    .option('--segments <keys>', 'segment keys (default: every segment)')
    .option('--share <share>', 'the share of each segment held out as control', '0.5')
    .option('--seed <seed>', 'the random seed (the same seed gives the same lists)', '42')
    .option('--json', 'print JSON')
    .action(
      onWorkspace(withService, async (service, opts: ControlGroupOptions) => {
        const runId = positiveInt(opts.run, '--run');
        const runKeys = service.runDetails(runId).result.segments.map((s) => s.key);
        const keys = opts.segments ? opts.segments.split(',').map((k) => k.trim()) : runKeys.slice();
        const unknown = keys.filter((k) => !runKeys.includes(k));
        if (unknown.length)
          throw new AppError(
            'E_USAGE',
            `--segments: no segment ${unknown.join(', ')} in run ${runId} (its keys: ${runKeys.join(', ')})`,
          );
        const seed = Number(opts.seed);
        if (!Number.isInteger(seed) || seed < 0)
          throw new AppError('E_USAGE', `--seed takes a whole number, got "${opts.seed}"`);
        const share = unitShare(opts.share, '--share');
        const split = await service.writeGroupLists(runId, keys, share, seed, resolve(opts.out));
        const summary = {
          seed,
          share: Number(opts.share),
          segments: split.segments,
          test: split.test,
          control: split.control,
        };
        io.out(
          opts.json
            ? `${JSON.stringify(summary)}\n`
            : `${split.segments.map((s) => `  ${s.segment}\ttest ${s.test}\tcontrol ${s.control}`).join('\n')}\nwrote ${summary.test}\nwrote ${summary.control}\n`,
        );
      }),
    );
}
