import { useState } from 'react';
import type { ControlDraw } from '../../../../shared/presets';
import type { RunResult } from '../../../../shared/segments';
import { useRunExports } from '../../components/RunExports';

/**
 * The test and control groups last drawn on the Campaigns page for a run: their test group goes
 * out through the customer-list dialog on a preset (its control group left out), and a platform's
 * results without a group column are split by the same draw.
 */
export function useDrawnGroups(runId: number | undefined, run: RunResult | null) {
  const [drawn, setDrawn] = useState<{ runId: number; draw: ControlDraw } | null>(null);
  const exports = useRunExports(runId ?? null);
  const draw = drawn && drawn.runId === runId ? drawn.draw : undefined;
  return {
    draw,
    onDrawn: (d: ControlDraw) => runId !== undefined && setDrawn({ runId, draw: d }),
    sendTest: (d: ControlDraw) =>
      exports.openMembers(
        d.segments.map((key) => run?.segments.findIndex((s) => s.key === key) ?? -1).filter((i) => i >= 0),
        { destination: 'mailchimp', excludeControl: d },
      ),
    element: exports.element,
  };
}
