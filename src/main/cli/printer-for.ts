import { electronPrinter, underElectron } from '../electron-pdf';
import type { PrintPdf } from '../workspace/workspace-service';
import { chromiumPrinter, findChromium } from './find-chromium';

/** Electron's window when the CLI runs under Electron, else a Chromium found on the machine, else none. */
export function printerFor(chromium: string | undefined): PrintPdf | undefined {
  if (underElectron()) return electronPrinter();
  const found = findChromium(chromium);
  return found ? chromiumPrinter(found) : undefined;
}
