import type { Command } from 'commander';
import { extname, resolve } from 'node:path';
import { AppError } from '../../shared/errors';
import { createTranslate } from '../../shared/i18n';
import { presetCountsText, presetFilesText } from '../../shared/preset-counts-text';
import { EXPORT_PRESETS, presetExportSchema, type ExportPreset, type PresetExport } from '../../shared/presets';
import type { Language } from '../../shared/schemas';
import { assertExportTarget } from '../io/assert-export-target';
import { sideFilePath } from '../io/side-file-path';
import type { WorkspaceService } from '../workspace/workspace-service';
import { positiveInt, unitShare } from './cli-args';
import type { CliIo } from './cli-io';
import { segmentIndexes } from './segment-indexes';
import { onlyList } from './only-list';

/** The flags `export --preset` reads besides the export command's own. */
export interface PresetFlags {
  workspace: string;
  out: string;
  preset?: string;
  segments?: string;
  only?: string;
  excludeSegments?: string;
  controlSegments?: string;
  controlShare?: string;
  seed?: string;
  suppress?: string;
  defaultCountry?: string;
  properties?: string;
  mask?: string;
  encoding?: string;
  /** The export command's own flags that --preset refuses (they would change the tool's format) or cannot do without. */
  format?: string;
  summary?: boolean;
  columns?: string;
  delimiter?: string;
  run: string;
  droppedFile?: boolean;
  force?: boolean;
  json?: boolean;
}

/** The preset options of the export command. */
export function withPresetFlags(command: Command): Command {
  return command
    .option('--preset <name>', `write the format of a tool: ${EXPORT_PRESETS.map(cliName).join(' | ')}`)
    .option('--exclude-segments <keys>', 'preset: never write the customers of these segments (keys or names)')
    .option('--control-segments <keys>', 'preset: leave out the control group drawn in these segments')
    .option('--control-share <share>', 'preset: the control group’s share, as drawn (campaign control-group --share)')
    .option('--seed <seed>', 'preset: the control group’s seed, as drawn (campaign control-group --seed)')
    .option('--suppress <file>', 'preset: a file of customers never to write (customer ids, e-mails or phones)')
    .option('--default-country <code>', 'preset: the country (ISO 3166 two letters) of phones written without a code')
    .option('--properties <keys>', 'preset klaviyo: columns written as custom properties (keys as for --columns)')
    .option('--dropped-file', 'preset: also write <file>.dropped.csv with the customers left out and why');
}

/** google-ads for googleAds, china-tags for chinaTags. */
function cliName(preset: ExportPreset): string {
  return preset.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

function presetNamed(text: string): ExportPreset {
  const preset = EXPORT_PRESETS.find((p) => p.toLowerCase() === text.replace(/[-_]/g, '').toLowerCase());
  if (!preset) throw new AppError('E_USAGE', `--preset takes ${EXPORT_PRESETS.map(cliName).join(', ')}, got "${text}"`);
  return preset;
}

const list = (text: string | undefined) =>
  text
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** --control-segments with --control-share and --seed: the Campaigns page's draw, as segment keys. */
function controlDraw(service: WorkspaceService, runId: number, opts: PresetFlags): PresetExport['excludeControl'] {
  const names = list(opts.controlSegments);
  if (!names) {
    if (opts.controlShare !== undefined || opts.seed !== undefined)
      throw new AppError('E_USAGE', '--control-share and --seed go with --control-segments');
    return undefined;
  }
  if (opts.controlShare === undefined || opts.seed === undefined)
    throw new AppError(
      'E_USAGE',
      '--control-segments needs --control-share and --seed (those the group was drawn with)',
    );
  const seed = Number(opts.seed);
  if (!Number.isInteger(seed) || seed < 0)
    throw new AppError('E_USAGE', `--seed takes a whole number, got "${opts.seed}"`);
  const { segments } = service.runDetails(runId).result;
  const keys = (segmentIndexes(service, runId, names, '--control-segments') ?? []).map((i) => segments[i].key);
  return { segments: keys, share: unitShare(opts.controlShare, '--control-share'), seed };
}

/** The export's options from the flags, checked with the schema the app uses. */
function presetOptions(service: WorkspaceService, runId: number, opts: PresetFlags, lang: Language): PresetExport {
  const preset = presetNamed(opts.preset ?? '');
  if (opts.properties !== undefined && preset !== 'klaviyo')
    throw new AppError('E_USAGE', '--properties is for --preset klaviyo (custom properties)');
  if (opts.encoding !== undefined && preset !== 'chinaTags')
    throw new AppError(
      'E_USAGE',
      '--encoding is for --preset china-tags (utf8 | gbk): the other tools read UTF-8, which every preset writes',
    );
  const parsed = presetExportSchema.safeParse({
    preset,
    segments: segmentIndexes(service, runId, list(opts.segments)),
    only: onlyList(opts.only, true),
    excludeSegments: segmentIndexes(service, runId, list(opts.excludeSegments), '--exclude-segments'),
    excludeControl: controlDraw(service, runId, opts),
    defaultCountry: opts.defaultCountry?.toUpperCase(),
    properties: list(opts.properties),
    mask: list(opts.mask),
    encoding: opts.encoding,
    droppedFile: opts.droppedFile ?? false,
    lang,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError('E_USAGE', `invalid ${issue.path.join('.') || 'option'}: ${issue.message}`);
  }
  return parsed.data;
}

/** Before anything is written: the file and its side files must be fit targets (--force to replace). */
function checkTargets(out: string, opts: PresetFlags, options: PresetExport): void {
  const ext = extname(out).slice(1).toLowerCase();
  if (!opts.force && ['tsv', 'xlsx', 'xls', 'html', 'htm', 'pdf'].includes(ext))
    throw new AppError('E_USAGE', `--preset writes CSV, and ${out}'s name says .${ext}; name it .csv, or pass --force`);
  const workspace = resolve(opts.workspace);
  const replace = { replace: opts.force ?? false };
  assertExportTarget(out, workspace, replace);
  if (options.preset === 'googleAds' || options.preset === 'meta')
    assertExportTarget(sideFilePath(out, 'hashed.txt'), workspace, replace);
  if (options.droppedFile) assertExportTarget(sideFilePath(out, 'dropped.csv'), workspace, replace);
}

/** `export --preset NAME`: a run's customers in a tool's import format, the counts and the side files printed. */
export async function presetExport(
  service: WorkspaceService,
  io: CliIo,
  runId: number,
  opts: PresetFlags,
  lang: Language,
): Promise<void> {
  const out = resolve(opts.out);
  const options = presetOptions(service, runId, opts, lang);
  checkTargets(out, opts, options);
  const suppress = opts.suppress === undefined ? {} : { file: resolve(opts.suppress) };
  const written = await service.presets.exportTo(runId, options, out, suppress);
  if (opts.json) return io.out(`${JSON.stringify(written)}\n`);
  const t = createTranslate(lang);
  const lines = [
    `wrote ${written.path} (${written.bytes} bytes${written.replaced ? `, ${written.replaced} characters the encoding cannot hold written as ?` : ''})`,
    ...presetCountsText(written.preset, written.counts, t),
    ...presetFilesText(written.hashed, written.sideFiles, t),
    ...written.sideFiles.map((f) => `wrote ${f.path}`),
  ];
  io.out(`${lines.join('\n')}\n`);
}

/** `export --preset`: a tool's format (not with --format or --summary); neither --preset nor --format: E_USAGE. */
export async function presetOrUsage(
  service: WorkspaceService,
  io: CliIo,
  opts: PresetFlags,
  lang: Language,
): Promise<void> {
  if (opts.preset === undefined)
    throw new AppError('E_USAGE', 'export needs --format (csv, xlsx, html, pdf) or --preset');
  if (opts.format !== undefined || opts.summary)
    throw new AppError('E_USAGE', '--preset writes a tool’s own format: leave out --format and --summary');
  // A tool's format has its own columns and commas: a flag that would change them is refused, not ignored.
  if (opts.columns !== undefined || opts.delimiter !== undefined)
    throw new AppError(
      'E_USAGE',
      '--preset writes the columns and commas the tool reads: leave out --columns and --delimiter',
    );
  await service.openAt(resolve(opts.workspace), { readOnly: true });
  await presetExport(service, io, positiveInt(opts.run, '--run'), opts, lang);
}
