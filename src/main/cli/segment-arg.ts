import { AppError } from '../../shared/errors';
import type { SegmentSummary } from '../../shared/segments';

/**
 * The index of the segment a `--segment` flag names: its key, its name in either language, or its
 * number in the run (0, 1 …); E_NOT_FOUND listing the segments the run has when none matches.
 */
export function segmentArg(segments: readonly Pick<SegmentSummary, 'key' | 'name'>[], value: string): number {
  const at = segmentNamed(segments, value);
  if (at >= 0) return at;
  if (/^\d+$/.test(value) && Number(value) < segments.length) return Number(value);
  const has = segments.map((s) => `${s.key} (${s.name.en})`).join(', ');
  throw new AppError('E_NOT_FOUND', `This run has no segment "${value}"; it has: ${has}.`, {
    segment: value,
    segments: segments.map((s) => ({ key: s.key, name: s.name })),
  });
}

/** The index of the segment whose key or name (either language) is `value`; -1 when none is. */
export function segmentNamed(segments: readonly Pick<SegmentSummary, 'key' | 'name'>[], value: string): number {
  return segments.findIndex((s) => s.key === value || s.name.en === value || s.name['zh-CN'] === value);
}
