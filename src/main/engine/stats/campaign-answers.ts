import type { Table } from 'apache-arrow';
import { AppError } from '../../../shared/errors';
import { valueText } from '../io/value-text';

const TEST = /^(test|treatment|treated|t|1|yes|实验|实验组|测试|测试组|干预|干预组)$/i;
const CONTROL = /^(control|holdout|c|0|no|对照|对照组|控制|控制组)$/i;
const YES = /^(1|1\.0|true|yes|y|是|已转化|已响应)$/i;
const NO = /^(0|0\.0|false|no|n|否|未转化|未响应)$/i;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** What a campaign file measures besides who the customer is. */
export type Measure = 'group' | 'responded' | 'revenue';
/** The file's columns for them (those it has). */
export type CampaignColumnVectors = Partial<Record<Measure, ReturnType<Table['getChild']>>>;

/** A cell as trimmed text ("" when missing). */
export const cellText = (value: unknown): string => valueText(value)?.trim() ?? '';

/** A row's group: test or control (test / treatment / 实验 …, control / holdout / 对照 …). */
export function groupAnswer(value: unknown, row: number): 'test' | 'control' {
  const g = cellText(value);
  if (TEST.test(g)) return 'test';
  if (CONTROL.test(g)) return 'control';
  throw new AppError('E_INVALID_INPUT', `Row ${row + 1}: the group "${g}" is neither test nor control.`, {
    row: row + 1,
    value: g,
  });
}

/**
 * Whether a row's customer responded: 1/0, yes/no, true/false, 是/否, or a count (clicks, orders:
 * more than 0 is yes). A blank cell is no where the file is a platform's export (`blankIsNo`), which
 * leaves zero counts empty; elsewhere it is an error like any other word.
 */
export function respondedAnswer(value: unknown, row: number, blankIsNo: boolean): boolean {
  if (typeof value === 'number') return value > 0;
  if (typeof value === 'boolean') return value;
  const answer = cellText(value);
  if (answer === '' && blankIsNo) return false;
  if (YES.test(answer)) return true;
  if (NO.test(answer)) return false;
  if (NUMBER.test(answer)) return Number(answer) > 0;
  throw new AppError('E_INVALID_INPUT', `Row ${row + 1}: "${answer}" is not a response (1/0, yes/no).`, {
    row: row + 1,
    value: answer,
  });
}

/** A revenue cell as a number (null when blank or not a number). */
export function revenueAnswer(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const text = cellText(value);
  const spent = text === '' ? Number.NaN : Number(text);
  return Number.isFinite(spent) ? spent : null;
}
