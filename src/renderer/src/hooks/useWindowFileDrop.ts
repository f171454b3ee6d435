import { useEffect, useState } from 'react';
import { dragDepth, type DragStep } from './drag-depth';
import { useLatest } from './useLatest';

const hasFiles = (e: DragEvent) => Boolean(e.dataTransfer?.types.includes('Files'));

/**
 * A file dragged anywhere over the window: returns whether one is over it now (for the drop
 * overlay) and hands a dropped file to `onFile`. The listeners are registered once, so the
 * drag count lives as long as they do and a re-render in the middle of a drag does not reset it.
 */
export function useWindowFileDrop(onFile: (file: File) => void): boolean {
  const [dragging, setDragging] = useState(false);
  const latest = useLatest(onFile);
  useEffect(() => {
    let depth = 0;
    const step = (kind: DragStep) => {
      depth = dragDepth(depth, kind);
      setDragging(depth > 0);
    };
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      step('enter');
    };
    const over = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    const leave = (e: DragEvent) => {
      if (hasFiles(e)) step('leave');
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      step('drop');
      const file = e.dataTransfer?.files[0];
      if (file) latest.current(file);
    };
    const listeners = { dragenter: enter, dragover: over, dragleave: leave, drop } as const;
    for (const [type, listener] of Object.entries(listeners)) window.addEventListener(type, listener as EventListener);
    return () => {
      for (const [type, listener] of Object.entries(listeners))
        window.removeEventListener(type, listener as EventListener);
    };
  }, [latest]);
  return dragging;
}
