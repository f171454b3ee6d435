import { Menu } from 'electron';
import { menuTemplate, type MenuDeps } from './menu-template';

export function applyMenu(deps: MenuDeps): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(deps)));
}
