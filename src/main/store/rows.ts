import { columnInfoSchema, sourceInfoSchema, type DatasetInfo, type RunInfo } from '../../shared/schemas';
import { z } from 'zod';
import { qualityReportSchema } from '../../shared/quality';
import { datasetKindSchema, roleMappingSchema } from '../../shared/roles';
import { readStored, readStoredJson, type StoredPart } from './damaged';

export interface DatasetRow {
  id: number;
  name: string;
  source_name: string;
  row_count: number;
  columns_json: string;
  source_json: string;
  kind: string;
  roles_json: string;
  quality_json: string;
  currency: string;
  customers_dataset_id: number | null;
  created_at: string;
}

export interface RunRow {
  id: number;
  dataset_id: number;
  name: string;
  model: string;
  status: string;
  customer_count: number;
  created_at: string;
  revision: number;
  /** The result's analysis day, read by RUN_SELECT. */
  analysis_date: string | null;
}

/**
 * Every column of a run row and its result's analysis day (`… WHERE …` or `… ORDER BY …` follows);
 * a damaged result gives no day here (reading the result then says it is damaged).
 */
export const RUN_SELECT =
  "SELECT *, CASE WHEN json_valid(result_json) THEN json_extract(result_json, '$.analysisDate') END AS analysis_date FROM runs";

const columnsSchema = z.array(columnInfoSchema);

/** A dataset's row as its info; a piece altered in the file is E_DATASET_CORRUPT naming the dataset. */
export function datasetFromRow(row: DatasetRow): DatasetInfo {
  const owner = { kind: 'dataset', id: row.id, name: row.name } as const;
  const json = <T>(part: StoredPart, schema: z.ZodType<T>) =>
    readStoredJson(owner, part, row[part as keyof DatasetRow] as string, schema);
  return {
    id: row.id,
    name: row.name,
    sourceName: row.source_name,
    rowCount: row.row_count,
    columns: json('columns_json', columnsSchema),
    source: json('source_json', sourceInfoSchema),
    kind: readStored(owner, 'kind', () => datasetKindSchema.parse(row.kind)),
    roles: json('roles_json', roleMappingSchema),
    quality: json('quality_json', qualityReportSchema),
    currency: row.currency,
    customersDatasetId: row.customers_dataset_id,
    createdAt: row.created_at,
  };
}

export function runFromRow(row: RunRow): RunInfo {
  return {
    id: row.id,
    datasetId: row.dataset_id,
    name: row.name,
    model: row.model,
    status: row.status,
    customerCount: row.customer_count,
    createdAt: row.created_at,
    revision: row.revision,
    analysisDate: row.analysis_date ?? null,
  };
}
