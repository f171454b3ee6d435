import type { Browser, BrowserContextOptions, Page } from '@playwright/test';
import type { StandInApp } from './electron-app';

export type IpcHandler = (event: unknown, ...args: unknown[]) => unknown;

export interface RequestDetails {
  url: string;
  resourceType: string;
  method: string;
  webContentsId: number;
}

/** What a window and its webContents need of the stand-in that made them. */
export interface StandInHost {
  readonly app: StandInApp;
  /** The open windows, in the order they were made. */
  readonly windows: unknown[];
  readonly handlers: ReadonlyMap<string, IpcHandler>;
  record(kind: string, detail: unknown): void;
  /** Whether the session's webRequest filter cancels a request. */
  cancels(details: RequestDetails): Promise<boolean>;
  newPage(options: BrowserContextOptions): Promise<{ context: Awaited<ReturnType<Browser['newContext']>>; page: Page }>;
}
