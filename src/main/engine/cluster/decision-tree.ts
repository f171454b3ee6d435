import { mapInt32 } from '../table/map-typed';
/** A feature the tree may split on: numbers (NaN = missing, never split on), or category codes with their labels. */
export type TreeFeature =
  | { name: string; kind: 'number'; values: Float64Array }
  | { name: string; kind: 'category'; codes: Int32Array; labels: string[] };

/** One test on the path to a leaf: number below / at least a threshold, or category equal / not equal to a value. */
export type TreeTest =
  | { feature: string; op: 'below' | 'atLeast'; threshold: number }
  | { feature: string; op: 'is' | 'isNot'; value: string; others: string[] };

export interface TreeLeaf {
  tests: TreeTest[];
  /** The cluster most of the leaf's customers are in. */
  label: number;
  customers: number;
  /** Of them, in that cluster. */
  agreeing: number;
}

interface Split {
  feature: number;
  gain: number;
  /** Numbers: values below go left. Categories: this code goes left. */
  threshold: number;
  code: number;
}

const gini = (counts: Float64Array, total: number) => {
  if (total === 0) return 0;
  let s = 0;
  for (const c of counts) s += (c / total) ** 2;
  return 1 - s;
};

function bestSplit(features: TreeFeature[], labels: Int32Array, rows: Int32Array, k: number): Split | null {
  const n = rows.length;
  const all = new Float64Array(k);
  for (const r of rows) all[labels[r]]++;
  const parent = gini(all, n);
  let best = null as Split | null;
  const left = new Float64Array(k);
  const right = new Float64Array(k);
  for (let fi = 0; fi < features.length; fi++) {
    const f = features[fi];
    if (f.kind === 'number') {
      // Customers missing the number go right with those at or above the threshold.
      const present = Array.from(rows).filter((r) => f.values[r] === f.values[r]);
      if (present.length < 2) continue;
      present.sort((a, b) => f.values[a] - f.values[b]);
      left.fill(0);
      for (let i = 0; i < present.length - 1; i++) {
        const r = present[i];
        left[labels[r]]++;
        const v = f.values[r];
        const next = f.values[present[i + 1]];
        if (next === v) continue;
        const nl = i + 1;
        for (let c = 0; c < k; c++) right[c] = all[c] - left[c];
        const gain = parent - (nl / n) * gini(left, nl) - ((n - nl) / n) * gini(right, n - nl);
        if (!best || gain > best.gain + 1e-12) best = { feature: fi, gain, threshold: (v + next) / 2, code: -1 };
      }
    } else {
      const byCode = new Map<number, Float64Array>();
      for (const r of rows) {
        const c = f.codes[r];
        if (c < 0) continue;
        if (!byCode.has(c)) byCode.set(c, new Float64Array(k));
        byCode.get(c)![labels[r]]++;
      }
      if (byCode.size < 2) continue;
      for (const [code, counts] of [...byCode].sort((a, b) => a[0] - b[0])) {
        const nl = counts.reduce((sum, x) => sum + x, 0);
        for (let c = 0; c < k; c++) right[c] = all[c] - counts[c];
        const gain = parent - (nl / n) * gini(counts, nl) - ((n - nl) / n) * gini(right, n - nl);
        if (!best || gain > best.gain + 1e-12) best = { feature: fi, gain, threshold: Number.NaN, code };
      }
    }
  }
  return best && best.gain > 1e-12 ? best : null;
}

/**
 * A classification tree (CART, Gini impurity) of at most `maxDepth` levels fitted to cluster
 * labels, returned as its leaves: the tests on the path to each and the cluster it predicts.
 * Numbers split at midpoints between neighbouring values; a category splits one value from the rest.
 */
export function fitTree(
  features: TreeFeature[],
  labels: Int32Array,
  k: number,
  maxDepth = 3,
  rows: Int32Array = mapInt32(labels, (_, i) => i),
): TreeLeaf[] {
  const leaves: TreeLeaf[] = [];
  const grow = (node: Int32Array, tests: TreeTest[], depth: number) => {
    const counts = new Float64Array(k);
    for (const r of node) counts[labels[r]]++;
    let label = 0;
    for (let c = 1; c < k; c++) if (counts[c] > counts[label]) label = c;
    const split = depth < maxDepth && counts[label] < node.length ? bestSplit(features, labels, node, k) : null;
    if (!split) {
      leaves.push({ tests, label, customers: node.length, agreeing: counts[label] });
      return;
    }
    const f = features[split.feature];
    let goesLeft: (r: number) => boolean;
    let testLeft: TreeTest;
    let testRight: TreeTest;
    if (f.kind === 'number') {
      goesLeft = (r) => f.values[r] < split.threshold;
      testLeft = { feature: f.name, op: 'below', threshold: split.threshold };
      testRight = { feature: f.name, op: 'atLeast', threshold: split.threshold };
    } else {
      const value = f.labels[split.code];
      const others = f.labels.filter((_, c) => c !== split.code);
      goesLeft = (r) => f.codes[r] === split.code;
      testLeft = { feature: f.name, op: 'is', value, others };
      testRight = { feature: f.name, op: 'isNot', value, others };
    }
    const leftRows = node.filter((r) => goesLeft(r));
    const rightRows = node.filter((r) => !goesLeft(r));
    grow(leftRows, [...tests, testLeft], depth + 1);
    grow(rightRows, [...tests, testRight], depth + 1);
  };
  grow(rows, [], 0);
  return leaves;
}

/** The share of customers whose leaf predicts their own cluster. */
export function treeAgreement(leaves: TreeLeaf[]): number {
  const total = leaves.reduce((s, l) => s + l.customers, 0);
  return total ? leaves.reduce((s, l) => s + l.agreeing, 0) / total : 0;
}
