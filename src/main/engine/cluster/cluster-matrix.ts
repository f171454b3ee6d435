import { AppError } from '../../../shared/errors';
import type { ClusterSpec } from '../../../shared/cluster';
import type { CustomerField, CustomerTable } from '../features/customer-table';
import { scaleColumn, type ColumnScale } from './scale-column';
import { mapFloat64, mapInt32 } from '../table/map-typed';

export const MISSING_CATEGORY = '(missing)';

/** The customers and columns a clustering fits: scaled numbers (and one-hot columns), category codes, and what was done to get them. */
export interface ClusterMatrix {
  /** Rows of the customer table that take part (all, or those without missing numbers). */
  rows: Int32Array;
  numeric: Float64Array;
  /** Numeric columns, one-hot columns included. */
  d: number;
  scales: (ColumnScale & { field: string; scaling: ClusterSpec['features'][number]['scaling'] })[];
  oneHot: string[];
  categories: Int32Array;
  q: number;
  categoryLabels: string[][];
  /** Each categorical field's codes per row (missing = its own last code), whatever the encoding the fit used. */
  codes: Int32Array[];
  /** The numeric fields' own values with the medians filled in (what was scaled). */
  raw: Float64Array[];
  /** The numeric fields' own values as the data has them (NaN = missing): for centroids and the rules tree, which must meet next month's data as it is. */
  original: Float64Array[];
  imputed: Record<string, number>;
  dropped: number;
}

function field(table: CustomerTable, name: string): CustomerField {
  const f = table.fields.find((x) => x.name === name);
  if (!f)
    throw new AppError('E_BAD_SPEC', `There is no customer field "${name}" to cluster on.`, {
      field: name,
      fields: table.fields.map((x) => x.name),
    });
  return f;
}

function median(values: Float64Array): number {
  const present = values.filter((v) => v === v).sort();
  if (present.length === 0) return Number.NaN;
  const mid = present.length >> 1;
  return present.length % 2 ? present[mid] : (present[mid - 1] + present[mid]) / 2;
}

/**
 * The numeric columns with each missing value imputed by the column's median (counted per field),
 * checked for log1p; the customers' own values stay in `original`.
 */
function imputedColumns(original: Float64Array[], spec: ClusterSpec) {
  const imputed: Record<string, number> = {};
  const raw = original.map((orig, j) => {
    const col = Float64Array.from(orig);
    const fill = median(col);
    let count = 0;
    for (let i = 0; i < col.length; i++) {
      if (col[i] !== col[i]) {
        col[i] = fill;
        count++;
      }
    }
    if (count > 0) imputed[spec.features[j].field] = count;
    if (spec.features[j].log && col.some((v) => v <= -1))
      throw new AppError('E_BAD_SPEC', `log1p needs values above −1; "${spec.features[j].field}" has lower ones.`, {
        field: spec.features[j].field,
      });
    return col;
  });
  return { raw, imputed };
}

/** A 0/1 column per value of each categorical field that some customer has, named "field = value". */
function oneHotColumns(codes: Int32Array[], categoryLabels: string[][], spec: ClusterSpec) {
  const oneHot: string[] = [];
  const hotColumns: Float64Array[] = [];
  codes.forEach((c, j) => {
    categoryLabels[j].forEach((label, v) => {
      if (!c.includes(v)) return;
      oneHot.push(`${spec.categories[j]} = ${label}`);
      hotColumns.push(mapFloat64(c, (x) => (x === v ? 1 : 0)));
    });
  });
  return { oneHot, hotColumns };
}

/**
 * The matrix a clustering runs on: each numeric field with missing values imputed by its median
 * or its customers left out (counted), log1p when asked, then scaled; categorical fields as codes
 * (missing as a category of its own), or as one-hot 0/1 columns for k-means.
 */
export function clusterMatrix(table: CustomerTable, spec: ClusterSpec): ClusterMatrix {
  const n = table.ids.length;
  const numericFields = spec.features.map((f) => {
    const found = field(table, f.field);
    if (found.kind === 'category')
      throw new AppError('E_BAD_SPEC', `"${f.field}" holds categories; choose it as a categorical field.`, {
        field: f.field,
      });
    return found.values;
  });
  const categoryFields = spec.categories.map((name) => {
    const found = field(table, name);
    if (found.kind !== 'category')
      throw new AppError('E_BAD_SPEC', `"${name}" holds numbers; choose it as a numeric field.`, { field: name });
    return found;
  });
  let keep = Int32Array.from({ length: n }, (_, i) => i);
  let dropped = 0;
  if (spec.missing === 'drop') {
    keep = keep.filter((i) => numericFields.every((v) => v[i] === v[i]));
    dropped = n - keep.length;
  }
  const original = numericFields.map((values) => mapFloat64(keep, (i) => values[i]));
  const { raw, imputed } = imputedColumns(original, spec);
  if (keep.length === 0 || raw.some((c) => c.some((v) => v !== v)))
    throw new AppError('E_NO_VALUES', 'A chosen field has no values for any customer.', {
      fields: spec.features.map((f) => f.field),
    });
  const scaled = raw.map((col, j) => scaleColumn(col, spec.features[j].scaling, spec.features[j].log));
  const categoryLabels = categoryFields.map((f) => [...f.labels, MISSING_CATEGORY]);
  const codes = categoryFields.map((f) => mapInt32(keep, (i) => (f.codes[i] < 0 ? f.labels.length : f.codes[i])));
  // One-hot columns only for k-means; k-prototypes takes the categories as they are.
  const hot = spec.oneHot && spec.model === 'kmeans';
  const { oneHot, hotColumns } = hot ? oneHotColumns(codes, categoryLabels, spec) : { oneHot: [], hotColumns: [] };
  const columns = [...scaled.map((s) => s.values), ...hotColumns];
  const d = columns.length;
  const m = keep.length;
  // Shared memory, so a second thread can take half of the rows.
  const numeric = new Float64Array(new SharedArrayBuffer(m * d * 8));
  for (let i = 0; i < m; i++) for (let j = 0; j < d; j++) numeric[i * d + j] = columns[j][i];
  const q = hot ? 0 : codes.length;
  const categories = new Int32Array(m * q);
  if (q > 0) for (let i = 0; i < m; i++) for (let j = 0; j < q; j++) categories[i * q + j] = codes[j][i];
  return {
    rows: keep,
    numeric,
    d,
    scales: scaled.map((s, j) => ({ ...s.scale, field: spec.features[j].field, scaling: spec.features[j].scaling })),
    oneHot,
    categories,
    q,
    categoryLabels,
    codes,
    raw,
    original,
    imputed,
    dropped,
  };
}
