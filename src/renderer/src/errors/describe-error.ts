/** What the error dialog shows for an error: its code, the translated text, and the technical line under "Details". */
export interface DescribedError {
  /** The error's own code (E_INTERNAL when it has none); the dialog carries it as data-code. */
  code: string;
  /** The i18n key of the text shown: the code's own, or E_INTERNAL's when the code has no text. */
  textKey: string;
  /** The technical line under "Details": the code, then the message as main or the runtime wrote it. */
  details: string;
}

/**
 * Decides what an error shows. Errors reach the renderer as ApiError (a failed call), as plain
 * `{ code, message }` data (an event's payload, a check of the page's own) and as anything a
 * bug throws (an Error, a string): whatever carries a string code keeps it, and a code with a
 * text of its own (`hasText('errors.E_…')`) shows that text; everything else is E_INTERNAL.
 */
export function describeError(err: unknown, hasText: (key: string) => boolean): DescribedError {
  const data = typeof err === 'object' && err !== null ? (err as { code?: unknown; message?: unknown }) : null;
  const code = typeof data?.code === 'string' && data.code !== '' ? data.code : 'E_INTERNAL';
  const technical = data ? (typeof data.message === 'string' ? data.message : '') : String(err);
  const own = `errors.${code}`;
  return {
    code,
    textKey: hasText(own) ? own : 'errors.E_INTERNAL',
    details: technical ? `${code}: ${technical}` : code,
  };
}
