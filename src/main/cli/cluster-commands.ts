import type { Command } from 'commander';
import { resolve } from 'node:path';
import type { ClusterSpec } from '../../shared/cluster';
import { positiveInt, readSpec } from './cli-args';
import type { CliIo } from './cli-io';
import { type WithService, workspaceCommand } from './with-service';

/** `choose-k`: k-means for each k of a range on a clustering spec's fields, one row per k. */
export function addClusterCommands(program: Command, io: CliIo, withService: WithService): void {
  workspaceCommand(
    program,
    'choose-k',
    'try each k of a range on the fields of a clustering spec: inertia, silhouette, Calinski-Harabasz, Davies-Bouldin, and the recommended k',
  )
    .requiredOption('--dataset <id>', 'the dataset')
    .requiredOption('--spec <file>', 'the clustering settings as JSON (fields, scaling, seed …; k is ignored)')
    .option('--from <k>', 'smallest k', '2')
    .option('--to <k>', 'largest k', '10')
    .option('--json', 'print one JSON object per k')
    .action(
      withService(
        async (
          service,
          opts: { workspace: string; dataset: string; spec: string; from: string; to: string; json?: boolean },
        ) => {
          const spec = readSpec(opts.spec, 'kmeans') as ClusterSpec;
          await service.openAt(resolve(opts.workspace));
          const result = await service.chooseK(
            positiveInt(opts.dataset, '--dataset'),
            spec,
            positiveInt(opts.from, '--from'),
            positiveInt(opts.to, '--to'),
          );
          if (process.stderr.isTTY) process.stderr.write('\r');
          const rows = result.rows.map((r) => ({
            ...r,
            recommended: r.k === result.recommended.k,
            silhouetteSample: result.silhouetteSample,
          }));
          if (opts.json) io.out(rows.map((r) => `${JSON.stringify(r)}\n`).join(''));
          else {
            const f = (v: number | null, digits = 4) => (v === null ? '—' : v.toFixed(digits));
            io.out(
              `k\tinertia\tsilhouette\tcalinski_harabasz\tdavies_bouldin\n${rows.map((r) => `${r.k}${r.recommended ? '*' : ''}\t${f(r.inertia, 2)}\t${f(r.silhouette)}\t${f(r.calinskiHarabasz, 2)}\t${f(r.daviesBouldin)}\n`).join('')}`,
            );
            io.out(
              `recommended k = ${result.recommended.k} (highest mean silhouette${result.silhouetteSample ? `, on a sample of ${result.silhouetteSample} customers` : ''}); Calinski-Harabasz prefers ${result.recommended.calinskiHarabaszBest}, Davies-Bouldin ${result.recommended.daviesBouldinBest}\n`,
            );
          }
        },
      ),
    );
}
