import {
  CALC_SHAPES,
  type CalcDefinition,
  type CalcShape,
  type MapPreset,
} from '../../../../shared/calc/calculated-column';
import type { Role } from '../../../../shared/roles';

/** What the dialog holds while the user fills it in. */
export interface CalcDraft {
  name: string;
  shape: CalcShape;
  columns: string[];
  a: string | null;
  b: string | null;
  column: string | null;
  factor: number | null;
  dayMode: 'auto' | 'chosen';
  day: string;
  edges: string;
  preset: MapPreset | null;
  groups: Record<string, string>;
  other: string;
  separator: string;
  role: Role | null;
}

export { CALC_SHAPES };

/** What each shape reads: numbers, dates, or any column. */
export function inputKind(shape: CalcShape): 'number' | 'date' | 'any' {
  if (['daysBetween', 'daysToAnalysis', 'year'].includes(shape)) return 'date';
  if (['map', 'before', 'after'].includes(shape)) return 'any';
  return 'number';
}

export function emptyDraft(other: string): CalcDraft {
  return {
    name: '',
    shape: 'sum',
    columns: [],
    a: null,
    b: null,
    column: null,
    factor: null,
    dayMode: 'auto',
    day: '',
    edges: '',
    preset: null,
    groups: {},
    other,
    separator: '',
    role: null,
  };
}

/** Edges typed as "0, 100, 500" (spaces or commas between); null when one is not a number. */
export function parseEdgesText(text: string): number[] | null {
  const parts = text.split(/[\s,，]+/).filter((p) => p !== '');
  const edges = parts.map(Number);
  return edges.every(Number.isFinite) ? edges : null;
}

/** The definition the draft describes, or null while something it needs is not filled in yet. */
export function definitionOf(d: CalcDraft, language: 'en' | 'zh-CN'): CalcDefinition | null {
  const { column, a, b } = d;
  switch (d.shape) {
    case 'sum':
      return d.columns.length ? { shape: 'sum', columns: d.columns } : null;
    case 'difference':
    case 'ratio':
      return a && b ? { shape: d.shape, a, b } : null;
    case 'daysBetween':
      return a && b ? { shape: 'daysBetween', from: a, to: b } : null;
    case 'times':
      return column && d.factor !== null ? { shape: 'times', column, factor: d.factor } : null;
    case 'divide':
      return column && d.factor !== null ? { shape: 'divide', column, divisor: d.factor } : null;
    case 'daysToAnalysis':
      if (!column || (d.dayMode === 'chosen' && !/^\d{4}-\d{2}-\d{2}$/.test(d.day))) return null;
      return { shape: 'daysToAnalysis', column, day: d.dayMode === 'chosen' ? d.day : null };
    case 'year':
      return column ? { shape: 'year', column } : null;
    case 'bands': {
      const edges = parseEdgesText(d.edges);
      return column && edges ? { shape: 'bands', column, edges } : null;
    }
    case 'map':
      return column && d.other.trim()
        ? { shape: 'map', column, groups: d.groups, preset: d.preset, language, other: d.other.trim() }
        : null;
    default:
      return column && d.separator ? { shape: d.shape, column, separator: d.separator } : null;
  }
}
