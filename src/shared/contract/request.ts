import { z } from 'zod';

/** A request's name and the zod schemas of its input and output. */
export function request<N extends string, I extends z.ZodType, O extends z.ZodType>(name: N, input: I, output: O) {
  return { name, input, output } as const;
}

/** No input. */
export const none = z.object({}).strict();
/** A file the user chose, named by a token: paths never come from the renderer. */
export const tokenSchema = z.string().uuid();
export const chosenFileSchema = z.object({ token: tokenSchema, fileName: z.string() });
export const ok = z.object({ ok: z.literal(true) });
/** Arrow IPC bytes: a Uint8Array in every transport (the test bridge encodes them). */
export const arrowBytesSchema = z.custom<Uint8Array>(
  (v) => v instanceof Uint8Array,
  'Expected Arrow IPC bytes (Uint8Array)',
);
/** A page of rows: how many in all, and the page as Arrow IPC bytes. */
export const arrowPageSchema = z.object({ total: z.number().int().nonnegative(), arrow: arrowBytesSchema });
/** An analysis day, YYYY-MM-DD. */
export const isoDaySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
