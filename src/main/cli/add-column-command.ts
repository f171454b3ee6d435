import type { Command } from 'commander';
import { resolve } from 'node:path';
import {
  addColumnRequestSchema,
  CALC_SHAPES,
  type CalcDefinition,
  MAP_PRESETS,
  type MapPreset,
} from '../../shared/calc/calculated-column';
import { AppError } from '../../shared/errors';
import { ROLES, type Role } from '../../shared/roles';
import { positiveInt } from './cli-args';
import type { CliIo } from './cli-io';
import { type WithService, workspaceCommand } from './with-service';

/** The flags of `dataset add-column`: one shape flag, with the settings it takes. */
export interface AddColumnFlags {
  workspace: string;
  dataset: string;
  name: string;
  sum?: string;
  difference?: string;
  ratio?: string;
  times?: string;
  divide?: string;
  by?: string;
  daysBetween?: string;
  daysToAnalysis?: string;
  day?: string;
  year?: string;
  bands?: string;
  edges?: string;
  map?: string;
  preset?: string;
  group?: string;
  other?: string;
  lang?: string;
  before?: string;
  after?: string;
  separator?: string;
  role?: string;
  json?: boolean;
}

/** One flag per shape (commander names them in camelCase). */
const SHAPE_FLAGS = CALC_SHAPES;

const list = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');

function pair(text: string, flag: string): [string, string] {
  const [a, b, ...rest] = list(text);
  if (!a || !b || rest.length) throw new AppError('E_USAGE', `${flag} takes two columns, a,b; got "${text}"`);
  return [a, b];
}

function number(text: string | undefined, flag: string): number {
  const v = Number(text);
  if (text === undefined || text.trim() === '' || !Number.isFinite(v))
    throw new AppError('E_USAGE', `${flag} takes a number, got "${text ?? ''}"`);
  return v;
}

function mapDefinition(o: AddColumnFlags, column: string): CalcDefinition {
  if (o.preset !== undefined && !(MAP_PRESETS as readonly string[]).includes(o.preset))
    throw new AppError('E_USAGE', `--preset takes ${MAP_PRESETS.join(' | ')}, got "${o.preset}"`);
  const language = o.lang === 'zh-CN' ? 'zh-CN' : 'en';
  const groups: Record<string, string> = {};
  for (const item of list(o.group ?? '')) {
    const at = item.indexOf('=');
    if (at <= 0) throw new AppError('E_USAGE', `--group takes value=group,…; got "${item}"`);
    groups[item.slice(0, at).trim()] = item.slice(at + 1).trim();
  }
  const other = o.other ?? (language === 'en' ? 'Other' : '其他');
  return { shape: 'map', column, groups, preset: (o.preset as MapPreset | undefined) ?? null, language, other };
}

/** The definition the flags describe (E_USAGE unless exactly one shape flag is given with what it needs). */
export function definitionFromFlags(o: AddColumnFlags): CalcDefinition {
  const given = SHAPE_FLAGS.filter((f) => o[f] !== undefined);
  if (given.length !== 1)
    throw new AppError(
      'E_USAGE',
      'Give one of --sum, --difference, --ratio, --times, --divide, --days-between, --days-to-analysis, --year, --bands, --map, --before, --after.',
    );
  const shape = given[0];
  const value = o[shape]!;
  switch (shape) {
    case 'sum':
      return { shape, columns: list(value) };
    case 'difference':
    case 'ratio': {
      const [a, b] = pair(value, `--${shape}`);
      return { shape, a, b };
    }
    case 'times':
      return { shape, column: value, factor: number(o.by, '--by') };
    case 'divide':
      return { shape, column: value, divisor: number(o.by, '--by') };
    case 'daysBetween': {
      const [from, to] = pair(value, '--days-between');
      return { shape, from, to };
    }
    case 'daysToAnalysis':
      return { shape, column: value, day: o.day ?? null };
    case 'year':
      return { shape, column: value };
    case 'bands':
      return { shape, column: value, edges: list(o.edges ?? '').map((e) => number(e, '--edges')) };
    case 'map':
      return mapDefinition(o, value);
    default:
      if (o.separator === undefined) throw new AppError('E_USAGE', `--${shape} needs --separator`);
      return { shape, column: value, separator: o.separator };
  }
}

function role(text: string | undefined): Role | null {
  if (text === undefined) return null;
  if (!(ROLES as readonly string[]).includes(text))
    throw new AppError('E_USAGE', `--role takes one of ${ROLES.join(', ')}; got "${text}"`);
  return text as Role;
}

/** `dataset add-column` and `dataset drop-column`: calculated columns from the command line. */
export function addColumnCommands(dataset: Command, io: CliIo, withService: WithService): void {
  workspaceCommand(dataset, 'add-column', 'add a calculated column to a dataset from its other columns')
    .requiredOption('--dataset <id>', 'the dataset')
    .requiredOption('--name <name>', 'the new column’s name')
    .option('--sum <a,b,…>', 'the sum of number columns')
    .option('--difference <a,b>', 'a − b')
    .option('--ratio <a,b>', 'a ÷ b (a divisor of 0 leaves the cell empty)')
    .option('--times <column>', 'a number column times the constant --by')
    .option('--divide <column>', 'a number column divided by the constant --by')
    .option('--by <number>', 'the constant of --times or --divide')
    .option('--days-between <from,to>', 'whole days from one date column to another')
    .option(
      '--days-to-analysis <column>',
      'whole days from a date to the analysis day (--day, or the day after the last date)',
    )
    .option('--day <YYYY-MM-DD>', 'the analysis day of --days-to-analysis')
    .option('--year <column>', 'the year of a date column')
    .option('--bands <column>', 'a number column cut at --edges')
    .option('--edges <e1,e2,…>', 'ascending edges of --bands, e.g. 0,100,500')
    .option('--map <column>', 'values mapped to groups (--preset, --group, --other)')
    .option('--preset <name>', `ready-made map: ${MAP_PRESETS.join(' | ')}`)
    .option('--group <value=group,…>', 'the groups of --map, over the preset’s')
    .option('--other <group>', 'the group of values the map does not name (default Other / 其他)')
    .option('--lang <lang>', 'en | zh-CN: the language of the preset’s group names', 'en')
    .option('--before <column>', 'the text before the first --separator')
    .option('--after <column>', 'the text after the first --separator')
    .option('--separator <text>', 'the separator of --before / --after')
    .option('--role <role>', 'give the new column this meaning at once, e.g. revenue, orderCount')
    .option('--json', 'print JSON')
    .action(
      withService(async (service, o: AddColumnFlags) => {
        const request = addColumnRequestSchema.safeParse({
          name: o.name,
          definition: definitionFromFlags(o),
          role: role(o.role),
        });
        if (!request.success) throw new AppError('E_USAGE', request.error.issues.map((i) => i.message).join('; '));
        await service.openAt(resolve(o.workspace));
        const d = await service.addColumn(positiveInt(o.dataset, '--dataset'), request.data);
        const column = d.columns.find((c) => c.name === o.name)!;
        const out = {
          datasetId: d.id,
          column: column.name,
          type: column.spec.kind,
          empty: column.missing,
          definition: column.calculated,
          roles: d.roles,
        };
        io.out(
          o.json
            ? `${JSON.stringify(out)}\n`
            : `added ${column.name} (${column.spec.kind}) to #${d.id} ${d.name}: ${column.missing} of ${d.rowCount} cells empty\n`,
        );
      }),
    );
  workspaceCommand(dataset, 'drop-column', 'remove a calculated column from a dataset')
    .requiredOption('--dataset <id>', 'the dataset')
    .requiredOption('--column <name>', 'the calculated column')
    .option('--json', 'print JSON')
    .action(
      withService(async (service, o: { workspace: string; dataset: string; column: string; json?: boolean }) => {
        await service.openAt(resolve(o.workspace));
        const d = await service.dropColumn(positiveInt(o.dataset, '--dataset'), o.column);
        io.out(
          o.json
            ? `${JSON.stringify({ datasetId: d.id, removed: o.column })}\n`
            : `removed ${o.column} from #${d.id} ${d.name}\n`,
        );
      }),
    );
}
