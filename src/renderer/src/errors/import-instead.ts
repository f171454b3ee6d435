/** A data file registered for import, as an error carries it (a CSV opened as a workspace). */
export interface ImportFile {
  token: string;
  fileName: string;
}

/** What "Import it into a new workspace instead" does with such a file (the shell sets it). */
export type ImportInstead = (file: ImportFile) => void;
