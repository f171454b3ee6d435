import type { Command } from 'commander';
import { resolve } from 'node:path';
import { AppError } from '../../shared/errors';
import { positiveInt } from './cli-args';
import type { CliIo } from './cli-io';
import { onWorkspace, type WithService, workspaceCommand } from './with-service';

type CompareOptions = {
  workspace: string;
  from: string;
  to: string;
  export?: string;
  row?: string;
  move?: string;
  lang: string;
  json?: boolean;
};

/** `compare`: two runs' migration and KPIs, or one row's customers as CSV. */
export function addCompareCommand(program: Command, io: CliIo, withService: WithService): void {
  workspaceCommand(
    program,
    'compare',
    "compare two runs: the migration between their segments and the segments' KPIs before and after",
  )
    .requiredOption('--from <id>', 'the first run')
    .requiredOption('--to <id>', 'the second run')
    .option('--export <file>', "write one row's customers as CSV (with --row, and --move)")
    .option('--row <key>', 'a first-run segment key, or "(new)"')
    .option('--move <move>', 'up, down, stayed, new or gone (default: all of the row)')
    .option('--lang <lang>', 'zh-CN or en, for the segment names in the file', 'en')
    .option('--json', 'print JSON')
    .action(
      onWorkspace(withService, async (service, opts: CompareOptions) => {
        if (opts.export) {
          if (!opts.row) throw new AppError('E_USAGE', '--export needs --row (a first-run segment key, or "(new)")');
          const moves = ['up', 'down', 'stayed', 'new', 'gone'] as const;
          if (opts.move && !(moves as readonly string[]).includes(opts.move))
            throw new AppError('E_USAGE', `--move takes ${moves.join(', ')}, got "${opts.move}"`);
          const written = await service.exportMoves(
            positiveInt(opts.from, '--from'),
            positiveInt(opts.to, '--to'),
            opts.row,
            (opts.move as (typeof moves)[number] | undefined) ?? null,
            opts.lang === 'zh-CN' ? 'zh-CN' : 'en',
            resolve(opts.export),
          );
          io.out(opts.json ? `${JSON.stringify(written)}\n` : `wrote ${written!.path} (${written!.rows} customers)\n`);
          return;
        }
        const c = await service.comparison(positiveInt(opts.from, '--from'), positiveInt(opts.to, '--to'));
        const matrix = c.rows
          .flatMap((from, r) => c.cols.map((to, k) => ({ from, to, customers: c.counts[r][k] })))
          .filter((cell) => cell.customers > 0);
        const moves = c.moves;
        const kpis = c.kpis;
        const out = {
          matrix,
          moves,
          periods: c.periods
            ? {
                before: { from: c.periods.before[0], until: c.periods.before[1] },
                after: { from: c.periods.after[0], until: c.periods.after[1] },
              }
            : null,
          kpis,
        };
        if (opts.json) io.out(`${JSON.stringify(out)}\n`);
        else {
          const lines = [
            `${matrix.reduce((n, cell) => n + cell.customers, 0)} customers: ${Object.entries(moves)
              .map(([k, v]) => `${k} ${v}`)
              .join(', ')}`,
          ];
          for (const k of kpis)
            lines.push(
              `  ${k.segment}\tretention ${k.retention === null ? '—' : (k.retention * 100).toFixed(1) + ' %'}\trevenue ${k.revenueBefore.toFixed(2)} → ${k.revenueAfter.toFixed(2)}`,
            );
          io.out(`${lines.join('\n')}\n`);
        }
      }),
    );
}
