import { basename } from 'node:path';
import { AppError } from '../../shared/errors';
import type { ExportResult, SaveKind } from '../../shared/exports';
import { createTranslate, type Translate } from '../../shared/i18n';
import type { DatasetInfo, Language, RunInfo } from '../../shared/schemas';
import { assertExportTarget } from '../io/assert-export-target';
import { writeFileAtomically } from '../io/write-file-atomically';
import type { WorkspaceStore } from '../store/workspace-store';
import type { JobHost } from '../worker/job-host';
import { exportFileName, withExtension } from './export-file-name';
import type { ServiceDeps } from './service-deps';

/** What the dataset, run, campaign and export services share: the open store, the jobs, the clock, the dialogs, the translator. */
export class ServiceContext {
  constructor(
    readonly deps: ServiceDeps,
    readonly jobs: JobHost,
    private readonly openStore: () => WorkspaceStore | null,
  ) {}

  /** The open workspace, or null when none is. */
  currentStore(): WorkspaceStore | null {
    return this.openStore();
  }

  /** The open workspace; E_NO_WORKSPACE when none is. */
  requireStore(): WorkspaceStore {
    const store = this.openStore();
    if (!store) throw new AppError('E_NO_WORKSPACE', 'No workspace is open.');
    return store;
  }

  /** The open workspace, to change it; E_WORKSPACE_READ_ONLY when it is open read-only. */
  requireWritable(): WorkspaceStore {
    const store = this.requireStore();
    if (store.readOnly) {
      const why = store.readOnly === 'asked' ? null : store.readOnly;
      throw new AppError(
        'E_WORKSPACE_READ_ONLY',
        `This workspace is open read-only${why ? ` (its ${why.reason} is write-protected: ${why.code})` : ''}: it can be viewed, exported and copied, not changed.`,
        why ?? undefined,
      );
    }
    return store;
  }

  /** A dataset of the open workspace; E_NOT_FOUND when it has none with this id. */
  requireDataset(datasetId: number): DatasetInfo {
    return this.requireStore().dataset(datasetId);
  }

  /** A run of the open workspace; E_NOT_FOUND when it has none with this id. */
  requireRun(runId: number): RunInfo {
    return this.requireStore().run(runId);
  }

  /** A run of the open workspace and how a job names it ("now" for features of data without purchase dates). */
  runRef(runId: number): { run: RunInfo; ref: { workspacePath: string; runId: number; now: number } } {
    const run = this.requireRun(runId);
    return { run, ref: { workspacePath: this.requireStore().path, runId: run.id, now: this.now() } };
  }

  /** The clock (UTC ms). */
  now(): number {
    return (this.deps.now ?? Date.now)();
  }

  translate(lang: Language): Translate {
    return createTranslate(lang);
  }

  /** Asks where to save an export named after a run; null when the user cancelled. */
  async saveTarget(runName: string, suffix: string, kind: SaveKind): Promise<string | null> {
    const path = await this.deps.dialogs.chooseSaveFile(exportFileName(runName, suffix, kind), kind);
    return path ? withExtension(path, kind) : null;
  }

  /**
   * Refuses to export onto the open workspace, its side files or a non-regular file (E_BAD_TARGET);
   * an existing ordinary file is replaced (the save dialog asked; the CLI checks --force itself).
   */
  assertTarget(filePath: string): void {
    assertExportTarget(filePath, this.openStore()?.path ?? null, { replace: true });
  }

  /** Writes an export's bytes through a temporary file. */
  async writeExport(filePath: string, bytes: Uint8Array, rows: number): Promise<ExportResult> {
    this.assertTarget(filePath);
    const size = await writeFileAtomically(filePath, bytes);
    return { path: filePath, fileName: basename(filePath), bytes: size, rows, replaced: 0 };
  }
}
