import { z } from 'zod';
import { roleMappingSchema } from './roles';

/** The meanings a run was made with: its dataset's role mapping and column names at the time. */
export const runMeaningsSchema = z.object({ roles: roleMappingSchema, columns: z.array(z.string()) });
export type RunMeanings = z.infer<typeof runMeaningsSchema>;
