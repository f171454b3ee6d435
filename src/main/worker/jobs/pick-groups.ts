import { AppError } from '../../../shared/errors';
import { createTranslate } from '../../../shared/i18n';
import type { Language } from '../../../shared/schemas';
import { csvText, encodeText, type Cell } from '../../engine/report/csv-text';
import { membership } from '../../engine/monitor/migration';
import type { GroupSplit } from '../../../shared/campaign';
import { splitGroups } from '../../engine/stats/control-group';
import type { JobContext } from '../protocol';
import { loadRun } from './load-run';

export interface PickGroupsInput {
  workspacePath: string;
  runId: number;
  segments: string[];
  controlShare: number;
  seed: number;
  /**
   * One list (id, segment name, group; headed in the user's language, UTF-8 with BOM) for the app,
   * or two (test, then control: customerId, segment key; no BOM) for the command line.
   */
  lists: { kind: 'one'; lang: Language } | { kind: 'two' };
}

export interface PickGroupsResult {
  segments: GroupSplit['segments'];
  /** The CSV files' bytes and rows: one, or test and control. */
  files: { bytes: Uint8Array; rows: number }[];
}

const csvFile = (lines: Cell[][], bom: boolean) => {
  const text = csvText(lines, ',');
  return { bytes: bom ? encodeText(text, 'utf8').bytes : Buffer.from(text, 'utf8'), rows: lines.length - 1 };
};

/** A seeded control group drawn within each chosen segment of a run, as CSV lists the caller writes. */
export async function pickGroups(input: PickGroupsInput, ctx: JobContext): Promise<PickGroupsResult> {
  const { runId, segments } = input;
  const { members, result } = loadRun({ workspacePath: input.workspacePath, runId, now: 0 }, ctx);
  const run = membership(members, result);
  const unknown = segments.filter((k) => !run.keys.includes(k));
  if (unknown.length)
    throw new AppError('E_NOT_FOUND', `Run ${runId} has no segment ${unknown.join(', ')}.`, { segments: unknown });
  const split = splitGroups(run, segments, input.controlShare, input.seed);
  ctx.throwIfCancelled();
  if (input.lists.kind === 'two') {
    const list = (side: 'test' | 'control') => [
      ['customerId', 'segment'],
      ...split[side].map((r) => [r.id, r.segment]),
    ];
    return { segments: split.segments, files: [csvFile(list('test'), false), csvFile(list('control'), false)] };
  }
  const { lang } = input.lists;
  const t = createTranslate(lang);
  const name = (key: string) => result.segments.find((x) => x.key === key)?.name[lang] ?? key;
  const lines: Cell[][] = [['customerId', 'segment', 'group'].map((k) => t(`exportFiles.groupsHeader.${k}`))];
  for (const side of ['test', 'control'] as const)
    for (const r of split[side]) lines.push([r.id, name(r.segment), t(`exportFiles.${side}`)]);
  return { segments: split.segments, files: [csvFile(lines, true)] };
}
