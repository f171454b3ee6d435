import { useRef, useState } from 'react';
import type { RunResult } from '../../../../../shared/segments';
import { useRunProducts } from './useRunProducts';

/**
 * The products panel's state on a run's page: what each segment buys (one request per run,
 * shared with the persona cards), the segment shown (the first with customers until one is
 * chosen), and `open` — a persona card's "What they buy": that segment, the panel in view and focused.
 */
export function useProductsPanel(runId: number, revision: number, result: RunResult) {
  // Order segments are of orders, not customers: nothing to ask.
  const enabled = result.model !== 'orders';
  const products = useRunProducts(runId, revision, enabled);
  const first = Math.max(
    0,
    result.segments.findIndex((s) => s.customers > 0),
  );
  const [chosen, setSegment] = useState<number | null>(null);
  const segment = chosen !== null && chosen < result.segments.length ? chosen : first;
  const heading = useRef<HTMLSpanElement>(null);
  const open = (index: number) => {
    setSegment(index);
    heading.current?.scrollIntoView({ block: 'start' });
    heading.current?.focus();
  };
  return { enabled, products, segment, setSegment, heading, open };
}

export type ProductsPanelState = ReturnType<typeof useProductsPanel>;
