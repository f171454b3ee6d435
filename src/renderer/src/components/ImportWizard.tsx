import type { DatasetInfo } from '../../../shared/schemas';
import type { useJobRunner } from '../hooks/useJobRunner';
import { ImportDialog } from './import-wizard/ImportDialog';

export interface ChosenFile {
  token: string;
  fileName: string;
}

export interface ImportWizardProps {
  file: ChosenFile | null;
  jobs: ReturnType<typeof useJobRunner>;
  onClose(): void;
  onImported(dataset: DatasetInfo): void;
}

/** The import wizard: Preview (how the file is read), Meaning (row kind and roles), Check (quality and policies). */
export function ImportWizard({ file, jobs, onClose, onImported }: ImportWizardProps) {
  // Keyed by the file: each chosen file starts the wizard afresh (first step, its own settings and name).
  return file ? (
    <ImportDialog key={file.token} file={file} jobs={jobs} onClose={onClose} onImported={onImported} />
  ) : null;
}
