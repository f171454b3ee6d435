import { basename } from 'node:path';
import { AppError } from '../../../shared/errors';
import type { ExportResult } from '../../../shared/exports';
import type { IssueCode, Policy } from '../../../shared/quality';
import type { Role } from '../../../shared/roles';
import type { DatasetInfo } from '../../../shared/schemas';
import { featureSettings, type RfmSpec, type RulesSpec } from '../../../shared/segments';
import type { SqlExport } from '../../../shared/sql-export';
import { defaultPolicies } from '../../engine/quality/default-policies';
import { FEATURE_COLUMNS, segmentationSql, type FieldSource } from '../../engine/sql/segmentation-sql';
import { KIND_KEY } from '../../engine/table/table-data';
import { writeFileAtomically } from '../../io/write-file-atomically';
import { loadDataset } from '../dataset-cache';
import type { JobContext } from '../protocol';
import { loadCustomerData } from './customer-data';
import { loadRun, type RunRef } from './load-run';

export interface ExportSqlInput extends RunRef {
  options: SqlExport;
  filePath: string;
  appVersion: string;
}

/** The import's policies in force: the defaults, and the choices the quality report records. */
function policiesOf(info: DatasetInfo): Record<IssueCode, Policy> {
  const policies = defaultPolicies(info.source.summarised ? 'transactions' : info.kind);
  for (const issue of info.quality.issues) policies[issue.code] = issue.policy;
  for (const appended of info.quality.appended ?? [])
    for (const issue of appended.issues) policies[issue.code] = issue.policy;
  return policies;
}

/** Where each customer field of a rules run comes from: the purchase features, spend shares, the order file's own columns. */
function fieldSources(
  input: ExportSqlInput,
  info: DatasetInfo,
  spec: RulesSpec,
  analysisDate: string,
  ctx: JobContext,
) {
  const data = loadCustomerData(
    input.workspacePath,
    info.id,
    { ...featureSettings(spec), analysisDate },
    input.now,
    ctx,
  );
  const sources = new Map<string, FieldSource>();
  const { table } = loadDataset(input.workspacePath, info.id, ctx.config);
  // The same order as the customer table's fields: the first field of a name is the one rules test.
  for (const name of Object.keys(FEATURE_COLUMNS)) sources.set(name, { kind: 'feature', name });
  for (const s of data.features?.shares ?? [])
    for (const value of s.values)
      if (!sources.has(`share: ${value}`)) sources.set(`share: ${value}`, { kind: 'share', role: s.role, value });
  for (const c of data.perCustomer) {
    const field = table.schema.fields.find((f) => f.name === c.name);
    const calculated = info.columns.find((col) => col.name === c.name)?.calculated;
    if (!field || calculated || sources.has(c.name)) continue;
    const kind = field.metadata.get(KIND_KEY);
    sources.set(c.name, {
      kind: 'attribute',
      column: c.name,
      type: kind === 'date' || kind === 'datetime' ? 'date' : kind === 'category' ? 'category' : 'number',
    });
  }
  return { sources, numericIds: data.features?.numericIds != null };
}

/** Writes a run's segmentation as one SQL query over the client's transactions table. */
export async function exportSql(input: ExportSqlInput, ctx: JobContext): Promise<ExportResult> {
  const loaded = loadRun(input, ctx, true);
  const spec = loaded.spec;
  if (spec.model !== 'rfm' && spec.model !== 'rules')
    throw new AppError('E_SQL_NOT_SUPPORTED', 'Only RFM and rules runs can be written as SQL.', { model: spec.model });
  const { info } = loadDataset(input.workspacePath, loaded.run.datasetId, ctx.config);
  // A dataset summarised per customer on import was read from order lines: the SQL reads those.
  const summarised = info.source.summarised;
  if (info.kind !== 'transactions' && !summarised)
    throw new AppError(
      'E_SQL_NOT_SUPPORTED',
      'The SQL reads a transactions table: this run is of a customers dataset.',
      {
        kind: info.kind,
      },
    );
  const columns: Partial<Record<Role, string>> = { ...(summarised?.roles ?? info.roles), ...input.options.columns };
  const analysisDate = loaded.result.analysisDate;
  const needsData = spec.model === 'rules' || (spec as RfmSpec).method === 'rank';
  const { sources, numericIds } = needsData
    ? fieldSources(input, info, spec as RulesSpec, analysisDate, ctx)
    : { sources: new Map<string, FieldSource>(), numericIds: false };
  const lang = input.options.lang;
  const names = new Map(loaded.result.segments.map((s) => [s.key, s.name[lang]]));
  if (!names.has('others')) names.set('others', lang === 'en' ? 'Others' : '其他');
  const text = segmentationSql({
    dialect: input.options.dialect,
    source: {
      table: input.options.table,
      columns,
      policies: policiesOf(info),
      cancellationPrefix: 'C',
      importedAt: Date.parse(info.createdAt),
    },
    counting: {
      analysisDate: Date.parse(`${analysisDate}T00:00:00Z`),
      windowDays: spec.windowDays,
      frequency: spec.frequency,
    },
    spec,
    result: loaded.result,
    numericIds,
    fields: sources,
    names,
    about: {
      appVersion: input.appVersion,
      runId: loaded.run.id,
      runName: loaded.run.name,
      datasetName: info.name,
      fingerprint: loaded.fingerprint,
    },
  });
  const bytes = await writeFileAtomically(input.filePath, text);
  return {
    path: input.filePath,
    fileName: basename(input.filePath),
    bytes,
    rows: loaded.result.customers,
    replaced: 0,
  };
}
