import type { Table } from 'apache-arrow';
import { AppError } from '../../../shared/errors';
import { campaignColumnDetails } from '../../../shared/missing-role';
import type { CampaignColumns } from '../../../shared/campaign';
import type { ControlDraw } from '../../../shared/presets';
import type { MatchBy } from '../contacts/match-columns';
import { matchFileRows, type FileMatch, type MatchColumn, type MatchMembers } from '../contacts/match-file';
import type { RunMembership } from '../monitor/migration';
import type { CampaignRow } from './campaign';
import {
  cellText,
  groupAnswer,
  respondedAnswer,
  revenueAnswer,
  type CampaignColumnVectors,
  type Measure,
} from './campaign-answers';
import { drawnRows } from './campaign-draw-rows';

/**
 * How the group, response and revenue columns are found by their header (English or Chinese) when
 * the user does not name them — the platforms' own exports too: Mailchimp's activity ("Clicks"),
 * Shopify's customers export ("Total Orders", "Total Spent"), Klaviyo's ("Placed Order").
 */
const GUESS: Record<Measure, RegExp> = {
  // Whole words: "Pharmacy" holds no arm, "Cellphone" no cell.
  group: /group|\barm\b|variant|\bcell\b(?![\s_-]*phone)|组/i,
  responded: /respon|convert|purchas|click|redeem|bought|placed|\borders?\b|转化|响应|购买|领取|下单|订单数/i,
  revenue: /revenue|amount|sales|spen[dt]|value|金额|收入|销售|消费/i,
};

/** How a campaign file is matched to a run: the run's members (ids and contacts) and, for a platform's file without a group column, the draw. */
export interface CampaignMatch {
  members: MatchMembers;
  run: RunMembership;
  /** The Campaigns page's draw the campaign went out with: the groups of a file that has no group column. */
  draw?: ControlDraw;
}

/** A campaign file's rows by customer, and what they were matched by. */
export interface CampaignFile {
  rows: CampaignRow[];
  matchedBy: MatchBy;
  /** File rows left out: naming nobody of the run, or (groups from the draw) a customer outside the drawn groups. */
  outside: number;
}

/** The identifier column the user named, if any: customer id, else e-mail, else phone. */
function namedIdentifier(named: CampaignColumns): MatchColumn | undefined {
  for (const by of ['customerId', 'email', 'phone'] as const) if (named[by]) return { by, column: named[by]! };
  return undefined;
}

/** The file's column for a measure: the one named, else the first whose header says it (not one already used). */
function pick(table: Table, named: CampaignColumns, used: Set<string>, measure: Measure, required: boolean) {
  const names = table.schema.fields.map((f) => f.name);
  const name = named[measure] ?? names.find((n) => GUESS[measure].test(n) && !used.has(n));
  if (name !== undefined && !names.includes(name))
    throw new AppError('E_MISSING_ROLE', `The campaign file has no column "${name}".`, {
      role: measure,
      column: name,
      columns: names,
    });
  if (name === undefined && required)
    throw new AppError(
      'E_MISSING_ROLE',
      `Name the campaign file's column for: ${measure} (its columns: ${names.join(', ')}).`,
      { ...campaignColumnDetails(measure), columns: names },
    );
  if (name !== undefined) used.add(name);
  return name === undefined ? null : table.getChild(name)!;
}

/** Rows of a file that says each customer's group: one per non-blank row (one naming nobody of the run gets an id no member has: counted as unmatched). */
function groupedRows(table: Table, match: FileMatch, ids: readonly string[], columns: CampaignColumnVectors) {
  const rows: CampaignRow[] = [];
  const identifier = table.getChild(match.column)!;
  for (let r = 0; r < table.numRows; r++) {
    const member = match.rows[r];
    if (member < 0 && cellText(identifier.get(r)) === '') continue;
    rows.push({
      id: member >= 0 ? ids[member] : `\u0000row ${r + 1}`,
      group: groupAnswer(columns.group!.get(r), r),
      responded: respondedAnswer(columns.responded!.get(r), r, false),
      revenue: columns.revenue ? revenueAnswer(columns.revenue.get(r)) : null,
    });
  }
  return rows;
}

/**
 * A campaign results table: one row per customer with the group (test / control, or 实验 / 对照),
 * whether they responded (1/0, yes/no, 是/否, a count > 0) and optionally their revenue — or a
 * platform's export (Mailchimp, Klaviyo, Shopify) that names customers by e-mail or phone and has
 * no group column: its groups are the draw's (a file with a group column keeps its own), its responders the customers it marks (every row,
 * when it has no response column: a list of those who clicked or bought). Columns are found by
 * their headers unless named; customers by id, e-mail or phone (see matchFileRows).
 */
export function campaignFileRows(table: Table, named: CampaignColumns, match: CampaignMatch): CampaignFile {
  const found = matchFileRows(table, match.members, namedIdentifier(named));
  const used = new Set<string>([found.column, ...Object.values(named).filter((v): v is string => !!v)]);
  // A file that says its own groups is read by them: the draw only fills in a platform's export without.
  const ownGroups = table.schema.fields.some((f) => !used.has(f.name) && GUESS.group.test(f.name));
  const fromDraw = match.draw !== undefined && !named.group && !ownGroups;
  const columns: CampaignColumnVectors = {};
  if (!fromDraw) {
    columns.group = pick(table, named, used, 'group', true);
    columns.responded = pick(table, named, used, 'responded', true);
  } else columns.responded = pick(table, named, used, 'responded', false);
  columns.revenue = pick(table, named, used, 'revenue', false);
  if (table.numRows === found.blank) throw new AppError('E_EMPTY_FILE', 'The campaign file has no customers.');
  if (!fromDraw)
    return {
      rows: groupedRows(table, found, match.members.ids, columns),
      matchedBy: found.by,
      outside: 0,
    };
  const drawn = drawnRows(table, found, match.run, match.draw!, columns);
  return { rows: drawn.rows, matchedBy: found.by, outside: drawn.outside };
}
