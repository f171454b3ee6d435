/** Where the CLI writes, and what it knows about its bundle. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Folder of the built bundle (holds worker.js). */
  mainDir: string;
  version: string;
}
