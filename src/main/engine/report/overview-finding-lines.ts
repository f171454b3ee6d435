import { findingText } from '../../../shared/finding-text';
import type { Overview } from '../../../shared/overview';
import type { ReportText } from './report-input';

/** A finding as the report writes it: what (with its numbers) and why it matters. */
export interface FindingLine {
  title: string;
  why: string;
}

/** The Overview's findings in the report's language, in the findings' shared words (the app's and the CLI's too). */
export function findingLines(overview: Overview, x: ReportText): FindingLine[] {
  return overview.findings.map((f) => {
    const { title, why } = findingText(f, x.lang, overview.currency);
    return { title, why };
  });
}
