import CanvasPainter from 'zrender/lib/canvas/Painter.js';
import { describe, expect, it, vi } from 'vitest';
import { guardDisposedPainter } from '../../../../src/renderer/src/charts/guard-disposed-painter';

type Painter = { _i: unknown; _redrawId: number; _paintList(list: unknown[], prev: unknown[], id: number): void };

/** A painter in the state zrender leaves it in: `internals` null once disposed. */
function painter(internals: unknown, own: Record<string, unknown> = {}): Painter {
  return Object.assign(Object.create(CanvasPainter.prototype) as Painter, { _i: internals, _redrawId: 1 }, own);
}

describe('guardDisposedPainter', () => {
  it('drops the late progressive frame of a disposed chart, which zrender alone throws on, and paints live charts', () => {
    // zrender as shipped: the frame scheduled before dispose throws into the page.
    expect(() => painter(null)._paintList([], [], 1)).toThrow("Cannot read properties of null (reading 'layerStack')");

    guardDisposedPainter();
    guardDisposedPainter(); // once is enough; a second call does not wrap again
    expect(() => painter(null)._paintList([], [], 1)).not.toThrow();

    const doPaintList = vi.fn<(list: unknown[], prev: unknown[]) => boolean>(() => true);
    const paintHoverList = vi.fn<(list: unknown[]) => void>();
    const live = painter(
      { layerStack: [], layers: {} },
      { _doPaintList: doPaintList, _paintHoverList: paintHoverList },
    );
    const list = [{ id: 'el' }];
    live._paintList(list, [], 1);
    expect(doPaintList).toHaveBeenCalledWith(list, []);
    expect(paintHoverList).toHaveBeenCalledWith(list);
  });
});
