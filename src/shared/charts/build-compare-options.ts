import type { EChartsOption } from 'echarts';
import type { Comparison } from '../compare';

/** Vertical room between two nodes: more than a label's line, so labels of small nodes never touch. */
export const SANKEY_NODE_GAP = 18;

/** The Sankey's height for a comparison: room for every node's gap and label on the longer side, the flows in the rest. */
export const sankeyHeight = (c: Comparison) => Math.max(360, 34 * Math.max(c.rows.length, c.cols.length));

/**
 * The migration as a Sankey: the first run's segments on the left, the second's on the right
 * (names carry an arrow so a segment in both runs makes two nodes), links sized by customers.
 */
export function buildMigrationSankeyOption(c: Comparison, rowNames: string[], colNames: string[]): EChartsOption {
  const left = rowNames.map((n) => `${n} ·`);
  const right = colNames.map((n) => `→ ${n}`);
  const links = c.rows
    .flatMap((_, r) => c.cols.map((__, k) => ({ source: left[r], target: right[k], value: c.counts[r][k] })))
    .filter((l) => l.value > 0);
  const used = new Set(links.flatMap((l) => [l.source, l.target]));
  return {
    animation: false,
    tooltip: { trigger: 'item' },
    series: [
      {
        type: 'sankey',
        left: 8,
        right: 150,
        top: 8,
        bottom: 8,
        nodeGap: SANKEY_NODE_GAP,
        // Nodes in the runs' own order (best segment first) on both sides, not rearranged to shorten links.
        layoutIterations: 0,
        emphasis: { focus: 'adjacency' },
        label: { fontSize: 11, lineHeight: 13 },
        lineStyle: { color: 'gradient', opacity: 0.35 },
        data: [...left, ...right].filter((name) => used.has(name)).map((name) => ({ name })),
        links,
      },
    ],
  };
}
