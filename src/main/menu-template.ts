import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/contract';
import type { Translate } from '../shared/i18n';
import type { RecentWorkspace } from '../shared/schemas';

export interface MenuDeps {
  t: Translate;
  recent: RecentWorkspace[];
  send(command: MenuCommand, path?: string): void;
  isMac: boolean;
  dev: boolean;
}

/** The native menu: every item either sends a command to the renderer or is a standard role. */
export function menuTemplate({ t, recent, send, isMac, dev }: MenuDeps): MenuItemConstructorOptions[] {
  const recentItems: MenuItemConstructorOptions[] = recent.length
    ? recent.map((r) => ({
        label: r.name,
        sublabel: r.path,
        enabled: r.exists,
        click: () => send('workspace:openRecent', r.path),
      }))
    : [{ label: t('menu.recentEmpty'), enabled: false }];
  const view: MenuItemConstructorOptions[] = [
    { role: 'resetZoom', label: t('menu.resetZoom') },
    { role: 'zoomIn', label: t('menu.zoomIn') },
    { role: 'zoomOut', label: t('menu.zoomOut') },
    { type: 'separator' },
    { role: 'togglefullscreen', label: t('menu.fullscreen') },
  ];
  if (dev)
    view.unshift(
      { role: 'reload', label: t('menu.reload') },
      { role: 'toggleDevTools', label: t('menu.devTools') },
      { type: 'separator' },
    );
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: t('menu.file'),
      submenu: [
        { label: t('menu.newWorkspace'), accelerator: 'CmdOrCtrl+N', click: () => send('workspace:new') },
        { label: t('menu.openWorkspace'), accelerator: 'CmdOrCtrl+O', click: () => send('workspace:open') },
        { label: t('menu.recent'), submenu: recentItems },
        { label: t('menu.saveAs'), accelerator: 'CmdOrCtrl+Shift+S', click: () => send('workspace:saveAs') },
        { label: t('menu.duplicate'), click: () => send('workspace:duplicate') },
        { label: t('menu.closeWorkspace'), click: () => send('workspace:close') },
        { type: 'separator' },
        { label: t('menu.import'), accelerator: 'CmdOrCtrl+I', click: () => send('dataset:import') },
        { label: t('menu.export'), accelerator: 'CmdOrCtrl+E', click: () => send('export:open') },
        { type: 'separator' },
        { role: 'quit', label: t('menu.quit') },
      ],
    },
    { label: t('menu.view'), submenu: view },
    { label: t('menu.help'), submenu: [{ label: t('menu.about'), click: () => send('app:about') }] },
  ];
}
