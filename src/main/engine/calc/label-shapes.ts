import { AppError } from '../../../shared/errors';
import type { CalcDefinition } from '../../../shared/calc/calculated-column';
import { presetGroup } from '../../../shared/calc/preset-group';
import { numbersOf, textsOf, type CalcSource } from './calc-inputs';

type LabelShape = Extract<CalcDefinition, { shape: 'bands' | 'map' | 'before' | 'after' }>;

/** Texts coded as labels: codes[i] indexes labels (-1 = empty). */
export interface LabelValues {
  codes: Int32Array;
  labels: string[];
}

/** The band labels of ascending edges: "< 0", "0–100", "100–500", "≥ 500". */
export function bandLabels(edges: number[]): string[] {
  const labels = [`< ${edges[0]}`];
  for (let k = 1; k < edges.length; k++) labels.push(`${edges[k - 1]}–${edges[k]}`);
  labels.push(`≥ ${edges[edges.length - 1]}`);
  return labels;
}

/** The edges checked: at least one, strictly ascending (E_NO_EDGES, E_BAD_EDGES). */
function checkEdges(edges: number[]): void {
  if (edges.length === 0) throw new AppError('E_NO_EDGES', 'Give at least one edge to cut the numbers at.');
  for (let k = 1; k < edges.length; k++)
    if (!(edges[k] > edges[k - 1]))
      throw new AppError('E_BAD_EDGES', `The edges must go up: ${edges[k]} comes after ${edges[k - 1]}.`, { edges });
}

function bands(source: CalcSource, column: string, edges: number[]): LabelValues {
  checkEdges(edges);
  const values = numbersOf(source, column, 'number');
  const codes = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v !== v) codes[i] = -1;
    else {
      let k = 0;
      while (k < edges.length && v >= edges[k]) k++;
      codes[i] = k;
    }
  }
  return { codes, labels: bandLabels(edges) };
}

/** Each distinct text's label, then the rows coded by label (labels in order of first use). */
function relabel(codes: Int32Array, texts: string[], label: (text: string) => string | null): LabelValues {
  const labels: string[] = [];
  const index = new Map<string, number>();
  const remap = texts.map((t) => {
    const l = label(t);
    if (l === null) return -1;
    let code = index.get(l);
    if (code === undefined) {
      code = labels.length;
      labels.push(l);
      index.set(l, code);
    }
    return code;
  });
  const out = new Int32Array(codes.length);
  for (let i = 0; i < codes.length; i++) out[i] = codes[i] < 0 ? -1 : remap[codes[i]];
  return { codes: out, labels };
}

/** Number bands, values mapped to groups, or the text before / after the first separator (absent: empty). */
export function labelShape(source: CalcSource, d: LabelShape): LabelValues {
  if (d.shape === 'bands') return bands(source, d.column, d.edges);
  const { codes, texts } = textsOf(source, d.column);
  if (d.shape === 'map')
    return relabel(codes, texts, (t) => d.groups[t] ?? (d.preset && presetGroup(d.preset, t, d.language)) ?? d.other);
  return relabel(codes, texts, (t) => {
    const at = t.indexOf(d.separator);
    if (at < 0) return null;
    const part = d.shape === 'before' ? t.slice(0, at) : t.slice(at + d.separator.length);
    return part.trim() === '' ? null : part.trim();
  });
}
