import { contract, type OutputOf, type ParsedInputOf, type RequestName } from '../../shared/contract';
import { toErrorData, type Result } from '../../shared/errors';
import { storageError } from '../store/storage-error';

/** One handler per contract entry; the compiler checks that none is missing. */
export type Handlers = {
  [N in RequestName]: (input: ParsedInputOf<N>) => Promise<OutputOf<N>> | OutputOf<N>;
};

export type Dispatch = (name: unknown, input: unknown) => Promise<Result<unknown>>;

/**
 * Turns the handlers into the single entry point every transport calls: the input is
 * parsed by its zod schema (the caller is untrusted), the output is checked against the
 * contract, and every error leaves as data, never as a thrown exception or a stack trace.
 */
export function createDispatcher(handlers: Handlers): Dispatch {
  for (const name of contract.keys()) {
    if (typeof (handlers as Record<string, unknown>)[name] !== 'function') {
      throw new Error(`No handler for request "${name}"`);
    }
  }
  return async function dispatch(name, input) {
    if (typeof name !== 'string' || !contract.has(name)) {
      return {
        ok: false,
        error: { code: 'E_UNKNOWN_CHANNEL', message: `Unknown request: ${String(name).slice(0, 80)}` },
      };
    }
    const entry = contract.get(name)!;
    const parsed = entry.input.safeParse(input === undefined ? {} : input);
    if (!parsed.success) {
      const issues = parsed.error.issues
        .slice(0, 10)
        .map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
      return { ok: false, error: { code: 'E_INVALID_INPUT', message: `Invalid input for ${name}`, details: issues } };
    }
    try {
      const handler = (handlers as Record<string, (input: unknown) => unknown>)[name];
      const value = await handler(parsed.data);
      return { ok: true, value: entry.output.parse(value) };
    } catch (err) {
      return { ok: false, error: toErrorData(storageError(err)) };
    }
  };
}
