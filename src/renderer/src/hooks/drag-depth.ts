/** A drag event on the window, as the drop overlay counts them. */
export type DragStep = 'enter' | 'leave' | 'drop';

/**
 * How many elements a file drag is inside after one more drag event. Entering a child fires
 * its dragenter before the parent's dragleave, so the count only falls to 0 (the overlay
 * hides) when the drag has left the window or dropped; it never goes below 0.
 */
export function dragDepth(depth: number, step: DragStep): number {
  if (step === 'enter') return depth + 1;
  if (step === 'leave') return Math.max(0, depth - 1);
  return 0;
}
