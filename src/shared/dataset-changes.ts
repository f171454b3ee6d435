import { z } from 'zod';
import { roleSchema } from './roles';

/**
 * One change to a dataset after its import, as its import report lists it: a column's meaning
 * (role), type or name changed, or a calculated column added (its definition, see
 * calculated-columns once it exists).
 */
export const datasetChangeSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('role'), column: z.string(), from: roleSchema.nullable(), to: roleSchema.nullable() }),
  z.object({ type: z.literal('columnType'), column: z.string(), from: z.string(), to: z.string() }),
  z.object({ type: z.literal('rename'), from: z.string(), to: z.string() }),
  z.object({ type: z.literal('addColumn'), column: z.string(), definition: z.unknown() }),
  z.object({ type: z.literal('dropColumn'), column: z.string() }),
]);
export type DatasetChange = z.infer<typeof datasetChangeSchema>;

export const datasetChangeRecordSchema = z.object({ at: z.string(), change: datasetChangeSchema });
export type DatasetChangeRecord = z.infer<typeof datasetChangeRecordSchema>;
