import type { Command } from 'commander';
import { csvCell, type Cell } from '../engine/report/csv-text';
import { positiveInt } from './cli-args';
import type { CliIo } from './cli-io';
import { onWorkspace, type WithService, workspaceCommand } from './with-service';

/** A member's value as an export cell (the engine's CSV writer neutralises formulas in text). */
function toCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** Members' yes/no values, kept as 1/0 in the run: true/false here (a CLV run's churn-risk list). */
const FLAGS = new Set(['churnRisk']);

/** `members`: a run's customers with their segment and values, as JSON or CSV. */
export function addMembersCommand(program: Command, io: CliIo, withService: WithService): void {
  workspaceCommand(program, 'members', "list a run's customers with their segment and values")
    .requiredOption('--run <id>', 'the run')
    .option('--json', 'print JSON')
    .option('--csv', 'print CSV')
    .action(
      onWorkspace(
        withService,
        async (service, opts: { workspace: string; run: string; json?: boolean; csv?: boolean }) => {
          const runId = positiveInt(opts.run, '--run');
          const { result } = service.runDetails(runId);
          const members = service.runMembers(runId);
          // The run's own values: RFM's recency, frequency, monetary and scores; the fields a rule run tests.
          const names = members.schema.fields
            .map((f) => f.name)
            .filter((name) => name !== 'customerId' && name !== 'segment');
          const columns = result.model === 'rfm' ? ['recency', 'frequency', 'monetary', 'r', 'f', 'm'] : names;
          // Dates as YYYY-MM-DD (a CLV run's next purchase: null when none is expected within the horizon).
          const dates = new Set(
            members.schema.fields
              .filter((f) => ['date', 'datetime'].includes(f.metadata.get('segdesk.kind') ?? ''))
              .map((f) => f.name),
          );
          const ids = members.getChild('customerId')!;
          const segment = members.getChild('segment')!;
          const values = columns.map((c) => members.getChild(c)!);
          const cell = (c: string, v: unknown) =>
            v === null || v === undefined
              ? null
              : dates.has(c)
                ? new Date(v as number).toISOString().slice(0, 10)
                : FLAGS.has(c)
                  ? v === 1
                  : v;
          const rows = Array.from({ length: members.numRows }, (_, i) => ({
            customerId: String(ids.get(i)),
            segment: result.segments[segment.get(i) as number].name.en,
            ...Object.fromEntries(columns.map((c, k) => [c, cell(c, values[k].get(i))])),
          }));
          if (opts.json) io.out(`${JSON.stringify(rows)}\n`);
          else {
            const header = ['customerId', 'segment', ...columns];
            io.out(
              `${[header, ...rows.map((r) => header.map((h) => (r as Record<string, unknown>)[h]))].map((cells) => cells.map((v) => csvCell(toCell(v), ',')).join(',')).join('\n')}\n`,
            );
          }
        },
        undefined,
        { readOnly: true },
      ),
    );
}
