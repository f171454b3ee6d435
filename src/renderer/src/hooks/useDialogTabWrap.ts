import { useEffect } from 'react';

const FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex], [contenteditable="true"]';

/** The elements Tab stops at inside `root`, in order: enabled, shown, not taken out of the tab order. */
function tabStops(root: Element): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) =>
      el.tabIndex >= 0 &&
      !(el as HTMLButtonElement).disabled &&
      el.getClientRects().length > 0 &&
      getComputedStyle(el).visibility !== 'hidden',
  );
}

/**
 * Tab and Shift+Tab go round inside the open dialog. antd's lock only pulls the focus back once
 * it has landed outside; at the dialog's last control a Tab first leaves the page (the focus is
 * nowhere for one press). Here the last control hands the focus straight to the first, and back.
 */
export function useDialogTabWrap() {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== 'Tab' || e.defaultPrevented) return;
      const dialogs = [...document.querySelectorAll('.ant-modal-wrap')].filter((w) => w.getClientRects().length > 0);
      const top = dialogs.at(-1);
      if (!top) return;
      const stops = tabStops(top);
      if (stops.length === 0) return;
      const [first, last] = [stops[0], stops[stops.length - 1]];
      const active = document.activeElement;
      const wrapTo = e.shiftKey
        ? active === first || !top.contains(active)
          ? last
          : null
        : active === last || !top.contains(active)
          ? first
          : null;
      if (!wrapTo) return;
      e.preventDefault();
      wrapTo.focus();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
