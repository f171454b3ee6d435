export { runName } from './run-name';
export { segmentRun, type SegmentRun } from './segment-run';
export type { SegmentRunHooks, SegmentRunInput } from './segment-run-input';
