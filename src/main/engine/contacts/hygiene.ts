import { DROP_REASONS, type DropReason, type PresetCounts } from '../../../shared/presets';

/** What a member's fate in a preset export is: not chosen, written, or dropped for a reason. */
export const NOT_CHOSEN = -1;
export const WRITTEN = 0;
/** The fate code of a drop reason (1 + its place in DROP_REASONS). */
export const dropCode = (reason: DropReason) => DROP_REASONS.indexOf(reason) + 1;

export interface HygieneInput {
  /** Members (rows of the run's members table). */
  size: number;
  /** Each member's segment index. */
  segmentOf: ArrayLike<number>;
  /** Whether a member is chosen: in a chosen segment and on the chosen list (churn-risk, cross-sell). */
  chosen: (row: number) => boolean;
  /** Segments whose customers are never written. */
  excludedSegments: ReadonlySet<number>;
  /** 1 for each member of the campaign's control group; null when none is left out. */
  control: ArrayLike<number> | null;
  /** 1 for each member the suppression file names; null without a file. */
  suppressed: ArrayLike<number> | null;
  /** The normalised identifier the preset de-duplicates by; null when the member lacks the contact it needs. */
  identity: (row: number) => string | null;
  /** Each member's spend, to keep the best customer of those sharing an identifier; null: the first in member order. */
  spend: ArrayLike<number> | null;
}

export interface Hygiene {
  /** Per member: NOT_CHOSEN, WRITTEN, or the drop code of the first reason it was left out for. */
  fate: Int8Array;
  counts: Omit<PresetCounts, 'suppressionUnmatched'>;
}

/**
 * Which of the chosen members a preset writes, and why each other one is left out — the first
 * reason in DROP_REASONS order: an excluded segment, the control group, the suppression file, no
 * contact, a duplicate. Of the members sharing one identifier the one with the highest spend is
 * written (ties, and runs without spend: the first in member order); the others are duplicates.
 * The control group and the suppression file leave out people, not only records: a member who
 * shares the identifier of any member in the control group or named by the file (chosen or not —
 * two customer records of one person) is left out for that reason too, so an unsubscribed address
 * is never written through a second record, nor a control customer reached through one. An
 * excluded segment leaves out its records only: a person with a record in a chosen segment is that
 * segment's customer.
 */
export function presetHygiene(input: HygieneInput): Hygiene {
  const { size } = input;
  const fate = new Int8Array(size).fill(NOT_CHOSEN);
  const ids: (string | null)[] = Array.from({ length: size }, () => null);
  const best = new Map<string, number>();
  const spend = input.spend;
  const heldBack = heldBackIdentities(input);
  for (let row = 0; row < size; row++) {
    if (!input.chosen(row)) continue;
    const reason = earlyReason(input, row);
    if (reason) {
      fate[row] = dropCode(reason);
      continue;
    }
    const id = input.identity(row);
    if (id === null) {
      fate[row] = dropCode('noContact');
      continue;
    }
    const held = heldBack.get(id);
    if (held) {
      fate[row] = dropCode(held);
      continue;
    }
    ids[row] = id;
    fate[row] = WRITTEN;
    const kept = best.get(id);
    if (kept === undefined || (spend !== null && spend[row] > spend[kept])) best.set(id, row);
  }
  for (let row = 0; row < size; row++) {
    const id = ids[row];
    if (id !== null && best.get(id) !== row) fate[row] = dropCode('duplicate');
  }
  return { fate, counts: countFates(fate) };
}

/** The identifiers of every member in the control group or named by the suppression file, with that reason (control first). */
function heldBackIdentities(input: HygieneInput): Map<string, 'control' | 'suppressed'> {
  const out = new Map<string, 'control' | 'suppressed'>();
  const { control, suppressed } = input;
  if (!control && !suppressed) return out;
  for (let row = 0; row < input.size; row++) {
    const reason = control?.[row] === 1 ? 'control' : suppressed?.[row] === 1 ? 'suppressed' : null;
    if (!reason) continue;
    const id = input.identity(row);
    if (id !== null && out.get(id) !== 'control') out.set(id, reason);
  }
  return out;
}

/** The reasons checked before the contact: an excluded segment, the control group, the suppression file. */
function earlyReason(input: HygieneInput, row: number): DropReason | null {
  if (input.excludedSegments.has(input.segmentOf[row])) return 'excludedSegment';
  if (input.control?.[row] === 1) return 'control';
  if (input.suppressed?.[row] === 1) return 'suppressed';
  return null;
}

/** The chosen members, those written, and those dropped for each reason. */
function countFates(fate: Int8Array): Hygiene['counts'] {
  const dropped = Object.fromEntries(DROP_REASONS.map((r) => [r, 0])) as Record<DropReason, number>;
  let chosen = 0;
  let written = 0;
  for (const f of fate) {
    if (f === NOT_CHOSEN) continue;
    chosen++;
    if (f === WRITTEN) written++;
    else dropped[DROP_REASONS[f - 1]]++;
  }
  return { chosen, written, dropped };
}
