import { createTranslate } from '../../shared/i18n';
import { currencyDecimals } from '../engine/report/export-number';
import { roundDecimal } from '../../shared/round-decimal';
import type { Language } from '../../shared/schemas';
import type { RunResult } from '../../shared/segments';
import type { CliIo } from './cli-io';
import { clvText } from './clv-text';
import { clusterFacts, clvFacts } from './run-facts';

/**
 * A stored run, as `run` and `reapply` print it (a CLV run's plain text in `lang`). The text
 * gives each segment's revenue rounded to the dataset's currency (`currency`); --json keeps it exact.
 */
export function printRun(
  io: CliIo,
  run: { id: number; name: string; model: string },
  result: RunResult,
  {
    json,
    extra = {},
    lang = 'en',
    currency = 'USD',
  }: { json?: boolean; extra?: object; lang?: Language; currency?: string } = {},
): void {
  if (process.stderr.isTTY) process.stderr.write('\r');
  const decimals = currencyDecimals(currency);
  const cuts = (b: { lower: (number | null)[] } | undefined) => (b ? b.lower.slice(1) : []);
  const out = {
    runId: run.id,
    model: run.model,
    analysisDate: result.analysisDate,
    ...extra,
    segments: result.segments.map((seg, id) => ({
      id,
      key: seg.key,
      name: seg.name.en,
      nameZh: seg.name['zh-CN'],
      customers: seg.customers,
      orders: seg.orders,
      revenue: seg.revenue,
    })),
    thresholds: result.bins
      ? {
          recency: cuts(result.bins.recency),
          frequency: cuts(result.bins.frequency),
          monetary: cuts(result.bins.monetary),
        }
      : null,
    ...(result.cluster ? clusterFacts(result.cluster) : {}),
    ...(result.clv ? clvFacts(result.clv) : {}),
  };
  io.out(
    json
      ? `${JSON.stringify(out)}\n`
      : `${createTranslate(lang)('clvCli.runLine', { id: run.id, name: run.name, customers: result.customers })}\n${out.segments.map((g) => `  ${lang === 'zh-CN' ? g.nameZh : g.name}\t${g.customers}\t${g.revenue === null ? '—' : roundDecimal(g.revenue, decimals)}\n`).join('')}${result.clv ? clvText(result.clv, run.id, lang) : ''}`,
  );
}
