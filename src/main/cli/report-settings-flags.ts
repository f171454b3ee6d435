import type { Command } from 'commander';
import { resolve } from 'node:path';
import { AppError } from '../../shared/errors';
import { REPORT_SECTIONS, reportSettingsSchema, type ReportSettings } from '../../shared/exports';
import { readLogo } from '../io/read-logo';
import type { WorkspaceService } from '../workspace/workspace-service';

/** Adds the report flags to `export`. */
export function withReportFlags(command: Command): Command {
  return command
    .option('--title <text>', 'report: its title (default: Customer segmentation report)')
    .option('--client <name>', 'report: who it is prepared for')
    .option('--author <name>', 'report: who prepared it')
    .option('--logo <file>', 'report: a logo on page 1 (PNG, JPEG or SVG, at most 512 KB)')
    .option('--sections <list>', `report: the sections to include, comma-separated (${REPORT_SECTIONS.join(', ')})`)
    .option('--technical', 'report: add the technical appendix (the run’s settings as JSON)');
}

/** The report flags of `export`. */
export interface ReportFlags {
  title?: string;
  client?: string;
  author?: string;
  logo?: string;
  sections?: string;
  technical?: boolean;
}

/**
 * The report's title page and sections from --title --client --author --logo --sections
 * --technical over those kept with the run (the CLI opens the workspace read-only, so they are
 * not kept); undefined when none is given.
 */
export function reportSettingsFlags(
  service: WorkspaceService,
  runId: number,
  opts: ReportFlags,
): ReportSettings | undefined {
  const { title, client, author, logo, sections, technical } = opts;
  if ([title, client, author, logo, sections, technical].every((v) => v === undefined)) return undefined;
  const kept = service.reportSettings(runId);
  const chosen = sections
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = chosen?.find((s) => !(REPORT_SECTIONS as readonly string[]).includes(s));
  if (unknown !== undefined)
    throw new AppError('E_USAGE', `--sections: no section "${unknown}" (there are ${REPORT_SECTIONS.join(', ')})`);
  const parsed = reportSettingsSchema.safeParse({
    ...kept,
    ...(title !== undefined && { title }),
    ...(client !== undefined && { client }),
    ...(author !== undefined && { author }),
    ...(logo !== undefined && { logo: readLogo(resolve(logo)) }),
    ...(chosen !== undefined && { sections: chosen }),
    ...(technical !== undefined && { technical }),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError('E_USAGE', `invalid --${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}
