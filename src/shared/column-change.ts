import { z } from 'zod';
import { columnKindSchema } from './column-spec';
import { roleSchema } from './roles';

/**
 * A change the user asks for on one column of a dataset after its import: what it means (a
 * role, or none), its type, or its name. Applied in one transaction and recorded as a
 * DatasetChange (src/shared/dataset-changes.ts).
 */
export const columnChangeSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('role'), column: z.string().min(1).max(300), role: roleSchema.nullable() }).strict(),
  z.object({ type: z.literal('columnType'), column: z.string().min(1).max(300), kind: columnKindSchema }).strict(),
  z
    .object({ type: z.literal('rename'), column: z.string().min(1).max(300), name: z.string().trim().min(1).max(300) })
    .strict(),
]);
export type ColumnChange = z.infer<typeof columnChangeSchema>;
