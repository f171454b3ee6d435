import type { Overview } from '../../../shared/overview';
import type { ReportText } from './report-input';

/** A finding as the report writes it: what (with its numbers) and why it matters. */
export interface FindingLine {
  title: string;
  why: string;
}

/** The Overview's findings in the report's language, from the findings' shared text function (the app's words). */
export function findingLines(overview: Overview, x: ReportText): FindingLine[] {
  // Until the findings' texts land: the key (replaced by the shared text function).
  return overview.findings.map((f) => ({ title: f.key, why: x.t('overviewReport.findings') }));
}
