import CanvasPainter from 'zrender/lib/canvas/Painter.js';

type PaintList = (this: { _i: unknown }, ...args: unknown[]) => void;
type GuardedPainter = { _paintList: PaintList; segmentdeskGuarded?: true };

/**
 * zrender (6.1) paints progressive layers over several animation frames and schedules the next
 * frame without checking whether the chart was disposed meanwhile; that late frame then throws
 * "Cannot read properties of null (reading 'layerStack')" into the page. It happened on a loaded
 * machine when a chart was closed mid-paint (the PNG drawn off screen, a page left). A disposed
 * painter (its internals gone) now skips its late frames; a live one paints as before.
 */
export function guardDisposedPainter(): void {
  const painter = CanvasPainter.prototype as unknown as GuardedPainter;
  if (painter.segmentdeskGuarded) return;
  const paintList = painter._paintList;
  painter._paintList = function (this: { _i: unknown }, ...args: unknown[]) {
    if (this._i !== null) paintList.apply(this, args);
  };
  painter.segmentdeskGuarded = true;
}
