import { AppError } from '../../../shared/errors';
import { createTranslate } from '../../../shared/i18n';
import type { PresetExport } from '../../../shared/presets';
import type { MemberContacts } from '../../engine/contacts/member-contacts';
import { membership, type RunMembership } from '../../engine/monitor/migration';
import { listOf } from '../../engine/report/members-export';
import { splitGroups } from '../../engine/stats/control-group';
import { columnArrays } from '../../engine/table/column-arrays';
import type { JobContext } from '../protocol';
import { keptListRows } from './list-members';
import type { loadRun, RunRef } from './load-run';
import { loadMemberContacts } from './member-contacts-data';
import { mapUint8 } from '../../engine/table/map-typed';

/** What a preset export reads of a run: its members, their segments, spend and contacts, and who is chosen. */
export interface PresetSource {
  run: ReturnType<typeof loadRun>;
  members: RunMembership;
  contacts: MemberContacts;
  /** Each member's segment index. */
  segmentOf: Int32Array;
  /** Each member's spend (an RFM run's monetary value), to keep the best of customers sharing an address; null when the run has none. */
  spend: Float64Array | null;
  /** Whether a member is in the chosen segments and on the chosen list. */
  chosen: (row: number) => boolean;
  /** 1 for each member of the control group to leave out; null when none is. */
  control: Uint8Array | null;
}

/** A members column of numbers, or null when the run does not keep it. */
function numbers(run: ReturnType<typeof loadRun>, name: string): Float64Array | null {
  const index = run.members.schema.fields.findIndex((f) => f.name === name);
  const arrays = index < 0 ? null : columnArrays(run.members, index);
  return arrays?.type === 'number' ? Float64Array.from(arrays.values) : null;
}

/** Segment indexes checked against the run (E_INVALID_INPUT for one it has not). */
function checkSegments(indexes: readonly number[], count: number, options: PresetExport): void {
  const t = createTranslate(options.lang);
  for (const s of indexes)
    if (s >= count)
      throw new AppError('E_INVALID_INPUT', t('presetExport.badSegment', { count, segment: s }), { segment: s });
}

/** The Campaigns page's control group drawn again (the campaign:pickGroups draw), as flags per member. */
function controlFlags(members: RunMembership, options: PresetExport): Uint8Array | null {
  const draw = options.excludeControl;
  if (!draw) return null;
  const unknown = draw.segments.find((k) => !members.keys.includes(k));
  if (unknown !== undefined)
    throw new AppError(
      'E_INVALID_INPUT',
      createTranslate(options.lang)('presetExport.badControlSegment', { segment: unknown }),
      { segment: unknown },
    );
  const control = new Set(splitGroups(members, draw.segments, draw.share, draw.seed).control.map((c) => c.id));
  return mapUint8(members.ids, (id) => (control.has(id) ? 1 : 0));
}

/** A run's members as a preset export reads them, and which of them the options choose. */
export async function presetSource(ref: RunRef, options: PresetExport, ctx: JobContext): Promise<PresetSource> {
  const { loaded: run, contacts } = loadMemberContacts(ref, ctx);
  const { result } = run;
  const segments = options.segments ?? result.segments.map((_, i) => i);
  checkSegments([...segments, ...options.excludeSegments], result.segments.length, options);
  const members = membership(run.members, result);
  const listRows = options.listId === undefined ? null : await keptListRows(ref, options.listId, ctx);
  ctx.throwIfCancelled();
  const segmentOf = members.segment;
  const list = listOf(
    {
      result,
      notes: {},
      currency: run.currency,
      columns: [],
      segmentOf,
      churnRisk: numbers(run, 'churnRisk'),
      listRows,
    },
    options,
  );
  const wanted = new Set(segments);
  return {
    run,
    members,
    contacts,
    segmentOf,
    spend: numbers(run, 'monetary'),
    chosen: (row) => wanted.has(segmentOf[row]) && list.has(row),
    control: controlFlags(members, options),
  };
}
