import { z } from 'zod';

/** A segment's name in both UI languages. */
export const segmentNameSchema = z.object({ en: z.string().min(1).max(80), 'zh-CN': z.string().min(1).max(80) });
export type SegmentName = z.infer<typeof segmentNameSchema>;

/** The user's own names for segments, by key (a segment renamed after a run); any model, Others too. */
export const segmentNamesSchema = z.record(z.string().min(1).max(40), segmentNameSchema).optional();
