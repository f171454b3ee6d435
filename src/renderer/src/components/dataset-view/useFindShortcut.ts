import { type RefObject, useEffect } from 'react';

/** Ctrl+F (⌘F) focuses the given search box instead of the browser's find. */
export function useFindShortcut(box: RefObject<{ focus(): void } | null>) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'f') {
        e.preventDefault();
        box.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [box]);
}
