import type { DatasetInfo } from '../../../shared/schemas';
import type { JobContext } from '../protocol';
import type { InspectResult } from '../../../shared/import-settings';
import { importDataset, type ImportDatasetInput } from './import-dataset';
import { inspectFile, type InspectFileInput } from './inspect-file';

/** Every kind of job the worker runs, with its input and result types. */
export interface JobTypes {
  'dataset:import': { input: ImportDatasetInput; result: DatasetInfo };
  'dataset:inspect': { input: InspectFileInput; result: InspectResult };
}

export type JobKind = keyof JobTypes;

export const jobs: { [K in JobKind]: (input: JobTypes[K]['input'], ctx: JobContext) => Promise<JobTypes[K]['result']> } = {
  'dataset:import': importDataset,
  'dataset:inspect': inspectFile,
};
