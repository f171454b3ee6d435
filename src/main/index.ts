import { existsSync } from 'node:fs';
import { app, BrowserWindow, dialog, session } from 'electron';
import type { Emit, MenuCommand } from '../shared/contract';
import { createTranslate, languageForLocale } from '../shared/i18n';
import { appPaths } from './app-paths';
import { createElectronDialogs } from './dialogs';
import { registerIpc } from './ipc';
import { applyMenu } from './menu';
import { electronPrinter } from './electron-pdf';
import { openFromCommandLine, openHandedOver } from './open-request';
import { hardenContents, hardenSession } from './security';
import { resolveNativeBinding } from './store/native-binding';
import { windowOptions } from './window-options';
import { createDispatcher } from './workspace/create-dispatcher';
import { createHandlers } from './workspace/create-handlers';
import { WorkspaceService } from './workspace/workspace-service';

const devServerUrl = process.env.ELECTRON_RENDERER_URL;
const paths = appPaths(__dirname);
/** The app's own page: the only IPC sender and page the session accepts. */
const origin = { rendererIndex: paths.rendererIndex, devServerUrl };
let win: BrowserWindow | null = null;
/** Events to the page (webContents.send), once there is a window. */
const emit: Emit = (event, payload) => win?.webContents.send(event, payload);
let service: WorkspaceService | null = null;
/** A file macOS handed over (open-file) before the app was ready: opened once it is. */
let pendingOpen: string | null = null;

function translate(service: WorkspaceService) {
  return createTranslate(service.getSettings().language ?? languageForLocale(app.getLocale()));
}

function createWindow(service: WorkspaceService): BrowserWindow {
  const state = service.settingsFile.read().window;
  // Electronegativity reads only an object literal here and cannot follow windowOptions(), which
  // sets contextIsolation: true and sandbox: true (window-options.ts, test/unit/main/security.test.ts).
  const w = new BrowserWindow(windowOptions(paths.preloadPath, state)); // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK
  if (state?.maximized) w.maximize();
  w.once('ready-to-show', () => w.show());
  w.on('close', () => {
    const b = w.getNormalBounds();
    service.settingsFile.update((s) => ({ ...s, window: { ...b, maximized: w.isMaximized() } }));
  });
  if (devServerUrl) void w.loadURL(devServerUrl);
  else void w.loadFile(paths.rendererIndex);
  return w;
}

function start(): void {
  const nativeBinding = resolveNativeBinding(
    { electronVersion: process.versions.electron, platform: process.platform, arch: process.arch },
    paths.appRoot,
  );
  const bootT = createTranslate(languageForLocale(app.getLocale()));
  if (nativeBinding && !existsSync(nativeBinding)) {
    dialog.showErrorBox(bootT('dialog.missingNativeTitle'), bootT('dialog.missingNative', { path: nativeBinding }));
    app.quit();
    return;
  }
  hardenSession(session.defaultSession, origin);
  app.on('web-contents-created', (_e, contents) => hardenContents(contents));

  const send = (command: MenuCommand, path?: string) => emit('menu:command', { command, path });
  const refreshMenu = () =>
    applyMenu({
      t: translate(ws),
      recent: ws.recent(),
      send,
      isMac: process.platform === 'darwin',
      dev: !app.isPackaged,
    });
  const ws = new WorkspaceService({
    stateDir: app.getPath('userData'),
    resourcesDir: paths.resourcesDir,
    workerPath: paths.workerPath,
    nativeBinding,
    systemLocale: app.getLocale(),
    appVersion: app.getVersion(),
    platform: process.platform,
    dialogs: createElectronDialogs(
      () => win,
      (key, params) => translate(ws)(key, params),
    ),
    emit,
    onStateChanged: () => refreshMenu(),
    // A hidden, script-less window per print; the report's own CSS sets the page and its numbers.
    printPdf: electronPrinter(),
  });
  service = ws;
  registerIpc(createDispatcher(createHandlers(ws)), origin);
  refreshMenu();
  win = createWindow(ws);
  win.on('closed', () => (win = null));
  // A workspace named on the command line (a double-click on a .segdesk file), or handed over by macOS.
  void openFromCommandLine(ws, process.argv, process.cwd(), emit);
  if (pendingOpen) void openHandedOver(ws, pendingOpen, emit);
  pendingOpen = null;

  // A second launch (another double-click) hands its command line over to this window and quits.
  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
    void openFromCommandLine(ws, argv, workingDirectory, emit);
  });
  app.on('window-all-closed', () => app.quit());
  let disposed = false;
  app.on('before-quit', (event) => {
    if (disposed) return;
    event.preventDefault();
    disposed = true;
    void ws.dispose().finally(() => app.quit());
  });
}

// Tests point the app at a fresh profile folder.
if (process.env.SEGMENTDESK_USER_DATA) app.setPath('userData', process.env.SEGMENTDESK_USER_DATA);

// macOS opens files by event, not argv, and may do so before 'ready'.
app.on('open-file', (event, file) => {
  event.preventDefault();
  if (service) void openHandedOver(service, file, emit);
  else pendingOpen = file;
});

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  void app.whenReady().then(start);
}
