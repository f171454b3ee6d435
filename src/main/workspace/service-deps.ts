import type { Emit } from '../../shared/contract';
import type { Paper, SaveKind } from '../../shared/exports';
import type { WriteBlocker } from '../store/write-blocker';

/** Native dialogs in Electron; scripted answers in tests. A path comes only from here or from the recent list. */
export interface Dialogs {
  chooseNewWorkspace(defaultName: string): Promise<string | null>;
  chooseWorkspace(): Promise<string | null>;
  chooseDataFile(): Promise<string | null>;
  /** A logo for a report: a PNG, JPEG or SVG image. */
  chooseImageFile(): Promise<string | null>;
  /** Where to save an export (a save dialog that asks before replacing a file). */
  chooseSaveFile(defaultName: string, kind: SaveKind): Promise<string | null>;
}

/** Prints a standalone HTML document to PDF (Electron's hidden window, or a Chromium found on the machine). */
export type PrintPdf = (html: string, paper: Paper) => Promise<Uint8Array>;

export interface ServiceDeps {
  /** Where settings.json and the demo workspace live (Electron's userData). */
  stateDir: string;
  /** The app's resources/ folder (demo data). */
  resourcesDir: string;
  workerPath: string;
  nativeBinding?: string;
  systemLocale: string;
  appVersion: string;
  platform: string;
  dialogs: Dialogs;
  emit: Emit;
  /** Named in a workspace's lock ('SegmentDesk', 'SegmentDesk CLI'). */
  program?: string;
  /** False for the CLI: a batch command does not change the app's recent list. */
  rememberRecent?: boolean;
  /** Called after the language or the recent list changed (the Electron menu rebuilds). */
  onStateChanged?: () => void;
  /** The clock (UTC ms); injectable so tests can say what "the future" is. */
  now?: () => number;
  /** How reports become PDFs here; without one, a PDF export fails with E_NO_PRINTER. */
  printPdf?: PrintPdf;
  /** Rows an XLSX export's sheet may hold (Excel's 1,048,576); injectable so tests can split sheets without millions of rows. */
  xlsxSheetRows?: number;
  /** Most customers × values of spend shares a summary keeps; injectable so tests can pass it without millions of customers. */
  summaryShareCells?: number;
  /** Whether a workspace file or its folder is write-protected; injectable so tests can stand in for a protected disk. */
  writeBlocker?: WriteBlocker;
  /**
   * Whether the worker keeps its helper threads started ahead (the app: the next large import or
   * clustering finds one loaded); a command that runs one job and exits starts them only for the
   * job that needs them (default true).
   */
  threadsAhead?: boolean;
}
