import { describe, expect, it } from 'vitest';
import { dragDepth, type DragStep } from '../../../../src/renderer/src/hooks/drag-depth';

const walk = (steps: DragStep[]) => {
  const depths: number[] = [];
  steps.reduce((depth, step) => {
    const next = dragDepth(depth, step);
    depths.push(next);
    return next;
  }, 0);
  return depths;
};

describe('dragDepth', () => {
  it('stays above 0 while a drag moves from the page onto a child (the child enters before the page leaves)', () => {
    expect(walk(['enter', 'enter', 'leave', 'enter', 'leave', 'leave'])).toEqual([1, 2, 1, 2, 1, 0]);
  });

  it('falls to 0 on a drop, however deep the drag was', () => {
    expect(walk(['enter', 'enter', 'enter', 'drop'])).toEqual([1, 2, 3, 0]);
  });

  it('never goes below 0 (a leave whose enter was not seen)', () => {
    expect(walk(['leave', 'leave', 'enter'])).toEqual([0, 0, 1]);
  });
});
