import type { Comparison } from '../../../shared/compare';
import type { SavedCampaignInfo } from '../../../shared/campaign';
import type { Paper, ReportSettings } from '../../../shared/exports';
import { createTranslate, type Translate } from '../../../shared/i18n';
import type { DatasetInfo, Language, RunInfo } from '../../../shared/schemas';
import type { ModelSpec, RunResult } from '../../../shared/segments';
import type { Overview } from '../../../shared/overview';
import type { RunProducts } from '../../../shared/products';
import { moneyFormat } from '../../../shared/money-format';
import { escapeHtml } from '../../../shared/escape-html';

/** Everything a report shows: the run with its dataset and workspace, and how to write it. */
export interface ReportInput {
  lang: Language;
  paper: Paper;
  /** When the report is made (UTC ms); shown in UTC so the machine's time zone does not change it. */
  generatedAt: number;
  appVersion: string;
  workspaceName: string;
  /** The run's data is SegmentDesk's bundled demo data. */
  demo: boolean;
  dataset: DatasetInfo;
  /** The first and last order date (UTC ms), when the data has order dates. */
  dateRange: { from: number; to: number } | null;
  /** SHA-256 of the dataset as stored. */
  fingerprint: string;
  /** Customer fields that hold dates (their rule bounds are UTC ms, written as days). */
  dateFields: string[];
  run: RunInfo;
  spec: ModelSpec;
  result: RunResult;
  notes: Record<string, string>;
  /** The run compared with the run it re-applies (spec.basedOn), when that run is still there. */
  comparison: { base: { run: RunInfo; result: RunResult }; comparison: Comparison } | null;
  /** Campaign results kept with the run. */
  campaigns: SavedCampaignInfo[];
  /** The title page and the sections the user chose. */
  settings: ReportSettings;
  /** How much of the revenue the top customers bring, when the run has each customer's spend. */
  concentration: Concentration | null;
  /** The business at a glance on the run's dataset (its `auto` period, ending by the run's analysis day); null for a customers dataset. */
  overview: Overview | null;
  /** What each segment buys (a transactions dataset's products and categories); absent or null: the report says nothing of products. */
  products?: RunProducts | null;
}

/** The top `top` share of customers by spend (`customers` of them) bring `share` of the revenue. */
export interface Concentration {
  top: number;
  customers: number;
  share: number;
}

/** The report's words and numbers in its language, money in the dataset's currency. */
export interface ReportText {
  t: Translate;
  lang: Language;
  int(n: number): string;
  num(n: number): string;
  pct(n: number): string;
  /** A share in whole percent where it is one (20%), else to one decimal (12.5%): for rules and cut-offs. */
  share(n: number): string;
  money(n: number | null): string;
  /** A calendar day (UTC), YYYY-MM-DD. */
  day(ms: number): string;
  /** A moment, YYYY-MM-DD HH:mm UTC. */
  moment(ms: number): string;
  /** Text made safe for HTML. */
  esc(text: string): string;
}

/** The report and segment words an order-segments report says of orders (orderSegments.report.*). */
const ORDER_WORDS = new Set([
  'report.title',
  'report.overviewLead',
  'report.total',
  'report.customers',
  'report.sharesFinding',
  'report.findingTop',
  'report.summaryLead',
  'report.summaryLeadDates',
  'report.methodRules',
  'report.othersRule',
  'report.personaFiguresLead',
  'segments.customers',
  'segments.share',
  'segments.customersCount',
  'segments.sharesTitle',
  'segments.segment',
  'report.personas',
]);

/** The report's words: with `orders`, those said of customers are said of orders (the same look, other words). */
export function reportText(lang: Language, currency: string, orders = false): ReportText {
  const int = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
  const num = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
  const pct = new Intl.NumberFormat(lang, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const share = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 });
  const money = moneyFormat(lang, currency);
  const translate = createTranslate(lang);
  return {
    t: orders
      ? (key, params) => translate(ORDER_WORDS.has(key) ? `orderSegments.report.${key.replace('.', '_')}` : key, params)
      : translate,
    lang,
    int: (n) => int.format(n),
    num: (n) => num.format(n),
    pct: (n) => pct.format(n),
    share: (n) => share.format(n),
    money: (n) => (n === null ? '—' : money.format(n)),
    day: (ms) => new Date(ms).toISOString().slice(0, 10),
    moment: (ms) => `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    esc: escapeHtml,
  };
}

/** One colour per segment, the same in the tables, cards and charts; distinct in greyscale print too (light to dark). */
export const SEGMENT_COLORS = [
  '#0b3d91',
  '#1668dc',
  '#13a8a8',
  '#389e0d',
  '#7cb305',
  '#d4b106',
  '#fa8c16',
  '#d4380d',
  '#c41d7f',
  '#722ed1',
  '#8c8c8c',
  '#5b8c00',
  '#08979c',
  '#ad4e00',
];
export const segmentColor = (i: number) => SEGMENT_COLORS[i % SEGMENT_COLORS.length];
