import { columnInfoSchema, sourceInfoSchema, type DatasetInfo, type RunInfo } from '../../shared/schemas';
import { z } from 'zod';
import { qualityReportSchema } from '../../shared/quality';
import { datasetKindSchema, roleMappingSchema } from '../../shared/roles';

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
}

const columnsSchema = z.array(columnInfoSchema);

export function datasetFromRow(row: DatasetRow): DatasetInfo {
  return {
    id: row.id,
    name: row.name,
    sourceName: row.source_name,
    rowCount: row.row_count,
    columns: columnsSchema.parse(JSON.parse(row.columns_json)),
    source: sourceInfoSchema.parse(JSON.parse(row.source_json)),
    kind: datasetKindSchema.parse(row.kind),
    roles: roleMappingSchema.parse(JSON.parse(row.roles_json)),
    quality: qualityReportSchema.parse(JSON.parse(row.quality_json)),
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
  };
}
