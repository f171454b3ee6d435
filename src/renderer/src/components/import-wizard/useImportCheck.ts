import { useMemo, useRef, useState } from 'react';
import { CHECK_ALL_BYTES, type ImportSettings, type InspectResult } from '../../../../shared/import-settings';
import { useInspect } from './useInspect';

/**
 * The wizard's reads of its file: the first rows for the preview and the meaning; every row for
 * the check (files up to CHECK_ALL_BYTES at once, larger ones when the user asks), with the
 * meaning fixed as the user left it, so the check's figures are the import's. Import pressed
 * while the check reads calls `onChecked` with the checked result when it is there.
 */
export function useImportCheck(
  token: string,
  settings: ImportSettings,
  handlers: { onUnreadable(): void; onChecked(result: InspectResult): void },
) {
  const [meaning, setMeaning] = useState<Pick<ImportSettings, 'kind' | 'roles'> | null>(null);
  const [checkAll, setCheckAll] = useState(true);
  // Import pressed during the check; the check's last answer and the settings it was read with.
  const pending = useRef(false);
  const checked = useRef<{ result: InspectResult; for: ImportSettings } | null>(null);
  const asked = useMemo(() => (meaning ? { ...settings, ...meaning } : settings), [settings, meaning]);
  const full = meaning !== null && checkAll;
  const inspect = useInspect(token, asked, full ? 'all' : 'preview', {
    onUnreadable: handlers.onUnreadable,
    onCancelled: () => {
      setCheckAll(false);
      pending.current = false;
    },
    onResult: (result, readWith, rows) => {
      if (rows !== 'all') return;
      if (!pending.current) checked.current = { result, for: readWith };
      else {
        pending.current = false;
        handlers.onChecked(result);
      }
    },
  });
  const { result } = inspect;
  return {
    ...inspect,
    /** The every-row check under way, if it is. */
    checking: full && inspect.loading ? inspect.job : null,
    /** Going to a step: the check (2) fixes the meaning and reads every row of a file that is not too large. */
    enterStep: (step: number) => {
      setMeaning(step === 2 && result ? { kind: result.kind, roles: result.roles } : null);
      setCheckAll(result !== null && result.file.bytes <= CHECK_ALL_BYTES);
    },
    checkAll: () => setCheckAll(true),
    // Pressed while this render showed the check under way: its answer may have come in since (then
    // import with it at once), else import when it comes.
    importWhenChecked: () => {
      const done = checked.current;
      if (done && done.for === asked) handlers.onChecked(done.result);
      else pending.current = true;
    },
  };
}
