import { basename, dirname, extname, join } from 'node:path';

/** A side file's path: beside a file, "<its name without extension>.<suffix>" (m.csv → m.dropped.csv). */
export function sideFilePath(filePath: string, suffix: string): string {
  const name = basename(filePath);
  const ext = extname(name);
  return join(dirname(filePath), `${ext ? name.slice(0, -ext.length) : name}.${suffix}`);
}
