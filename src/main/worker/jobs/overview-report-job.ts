import type { Paper, ReportSettings } from '../../../shared/exports';
import type { OverviewPeriod } from '../../../shared/overview';
import type { Language } from '../../../shared/schemas';
import { renderOverviewReport } from '../../engine/report/render-overview-report';
import type { JobContext } from '../protocol';
import { fontFaceCss } from '../report-fonts';
import { loadOverviewSource } from './overview-job';

export interface OverviewReportInput {
  workspacePath: string;
  datasetId: number;
  period: OverviewPeriod;
  /** When the report is made (UTC ms). */
  now: number;
  lang: Language;
  paper: Paper;
  appVersion: string;
  workspaceName: string;
  demo: boolean;
  settings: ReportSettings;
}

/** A dataset's Overview-only report as one standalone HTML document (charts as SVG, the fonts embedded). */
export async function overviewReportJob(input: OverviewReportInput, ctx: JobContext): Promise<string> {
  ctx.progress(0, { key: 'reportMaking', params: {} });
  const { info, source } = loadOverviewSource(input.workspacePath, input.datasetId, ctx);
  ctx.throwIfCancelled();
  const overview = source.overview(input.period);
  ctx.throwIfCancelled();
  return renderOverviewReport(
    {
      lang: input.lang,
      paper: input.paper,
      generatedAt: input.now,
      appVersion: input.appVersion,
      workspaceName: input.workspaceName,
      demo: input.demo,
      dataset: info,
      overview,
      settings: input.settings,
    },
    fontFaceCss,
  );
}
