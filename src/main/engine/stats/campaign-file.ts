import { AppError } from '../../../shared/errors';
import { campaignColumnDetails } from '../../../shared/missing-role';
import { prepareDataset } from '../io/prepare-dataset';
import { readTable } from '../io/read-table';
import type { CampaignColumns } from '../../../shared/campaign';
import type { CampaignRow } from './campaign';

/** How each column is found by its header (English or Chinese) when the user does not name it. */
const GUESS: Record<keyof CampaignColumns, RegExp> = {
  customerId: /customer|client|member|^id$|user|客户|会员|用户/i,
  email: /e-?mail|邮箱/i,
  phone: /phone|mobile|手机|电话/i,
  group: /group|arm|variant|cell|组|分组/i,
  responded: /respon|convert|purchas|click|redeem|bought|转化|响应|购买|领取/i,
  revenue: /revenue|amount|sales|spend|value|金额|收入|销售/i,
};

const TEST = /^(test|treatment|treated|t|1|yes|实验|实验组|测试|测试组|干预|干预组)$/i;
const CONTROL = /^(control|holdout|c|0|no|对照|对照组|控制|控制组)$/i;
const YES = /^(1|1\.0|true|yes|y|是|已转化|已响应)$/i;
const NO = /^(0|0\.0|false|no|n|否|未转化|未响应)$/i;

/**
 * A campaign results file (CSV, XLSX … as the importer reads them): one row per customer with
 * the group (test / control, or 实验 / 对照), whether they responded (1/0, yes/no, 是/否) and
 * optionally their revenue. Columns are found by their headers unless named.
 */
export async function readCampaignFile(file: string, named: CampaignColumns = {}): Promise<CampaignRow[]> {
  const raw = await readTable(file);
  const { parsed: table } = prepareDataset(raw, { now: Date.now(), fallbackCurrency: 'USD', allowMissingRoles: true });
  const names = table.schema.fields.map((f) => f.name);
  const pick = (role: keyof CampaignColumns, required: boolean) => {
    const name = named[role] ?? names.find((n) => GUESS[role].test(n) && Object.values(named).every((v) => v !== n));
    if (name !== undefined && !names.includes(name))
      throw new AppError('E_MISSING_ROLE', `The campaign file has no column "${name}".`, {
        role,
        column: name,
        columns: names,
      });
    if (name === undefined && required)
      throw new AppError(
        'E_MISSING_ROLE',
        `Name the campaign file's column for: ${role} (its columns: ${names.join(', ')}).`,
        { ...campaignColumnDetails(role), columns: names },
      );
    return name === undefined ? null : table.getChild(name)!;
  };
  const id = pick('customerId', true)!;
  const group = pick('group', true)!;
  const responded = pick('responded', true)!;
  const revenue = pick('revenue', false);
  const rows: CampaignRow[] = [];
  const text = (v: unknown): string => {
    if (typeof v === 'string') return v.trim();
    if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return String(v);
    return v === null || v === undefined ? '' : JSON.stringify(v);
  };
  for (let r = 0; r < table.numRows; r++) {
    const customer = text(id.get(r));
    if (!customer) continue;
    const g = text(group.get(r));
    const answer = text(responded.get(r));
    const side = TEST.test(g) ? 'test' : CONTROL.test(g) ? 'control' : null;
    if (!side)
      throw new AppError('E_INVALID_INPUT', `Row ${r + 1}: the group "${g}" is neither test nor control.`, {
        row: r + 1,
        value: g,
      });
    const yes = YES.test(answer) || answer === 'true';
    if (!yes && !NO.test(answer) && answer !== 'false')
      throw new AppError('E_INVALID_INPUT', `Row ${r + 1}: "${answer}" is not a response (1/0, yes/no).`, {
        row: r + 1,
        value: answer,
      });
    const spent = revenue ? Number(revenue.get(r)) : Number.NaN;
    rows.push({
      id: customer.replace(/\.0+$/, ''),
      group: side,
      responded: yes,
      revenue: Number.isFinite(spent) ? spent : null,
    });
  }
  if (rows.length === 0) throw new AppError('E_EMPTY_FILE', 'The campaign file has no customers.');
  return rows;
}
