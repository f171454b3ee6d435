import { AppError } from '../../shared/errors';
import { importSettingsSchema, type ImportSettings } from '../../shared/import-settings';

/** The flags that say how a file is read (inspect, import). */
export interface ReadFlags {
  sheet?: string;
  encoding?: string;
  delimiter?: string;
  skipRows?: string;
}

export function readSettings(opts: ReadFlags): Record<string, unknown> {
  const delimiter = opts.delimiter === 'tab' || opts.delimiter === '\\t' ? '\t' : opts.delimiter;
  const skipRows =
    opts.skipRows === undefined ? undefined : /^\d+$/.test(opts.skipRows) ? Number(opts.skipRows) : opts.skipRows;
  return { sheet: opts.sheet, encoding: opts.encoding?.toLowerCase(), delimiter, skipRows };
}

/** "a=b,c=d" → { a: 'b', c: 'd' } */
export function pairs(text: string, flag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of text.split(',')) {
    const at = part.indexOf('=');
    if (at < 1) throw new AppError('E_USAGE', `${flag} takes name=value pairs separated by commas, got "${part}"`);
    out[part.slice(0, at).trim()] = part.slice(at + 1).trim();
  }
  return out;
}

/** Checks command-line settings with the same schema the app's IPC uses. */
export function parseSettings(raw: Record<string, unknown>): ImportSettings {
  const clean = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined));
  const parsed = importSettingsSchema.safeParse(clean);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError('E_USAGE', `invalid ${issue.path.join('.') || 'option'}: ${issue.message}`);
  }
  return parsed.data;
}
