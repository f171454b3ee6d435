import type { DateFormat } from '../../../../shared/column-spec';

export type { DateFormat };

const TIME = String.raw`(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?)?`;
const YMD = new RegExp(String.raw`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})${TIME}Z?$`);
const XYZ = new RegExp(String.raw`^(\d{1,2})([-/.])(\d{1,2})[-/.](\d{4})${TIME}$`);
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const ZH = /^(\d{4})年(\d{1,2})月(\d{1,2})日(?:\s*(\d{1,2})[:时](\d{1,2})(?:[:分](\d{1,2})秒?)?分?)?$/;

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** 400 Gregorian years, in ms: the calendar repeats after exactly 146,097 days. */
const FOUR_CENTURIES_MS = 146_097 * 86_400_000;

/**
 * Milliseconds since 1970-01-01T00:00 UTC of a calendar date and time (proleptic Gregorian, any
 * year 0–9999 as written), or NaN if it does not exist. Date.UTC reads years 0–99 as 1900–1999:
 * those are computed 400 years later and moved back.
 */
export function calendarMs(y: number, m: number, d: number, hh = 0, mm = 0, ss = 0, ms = 0): number {
  if (m < 1 || m > 12 || d < 1 || d > (m === 2 && !isLeap(y) ? 28 : DAYS[m - 1])) return Number.NaN;
  if (hh > 23 || mm > 59 || ss > 59) return Number.NaN;
  if (y < 100) return Date.UTC(y + 400, m - 1, d, hh, mm, ss, ms) - FOUR_CENTURIES_MS;
  return Date.UTC(y, m - 1, d, hh, mm, ss, ms);
}

const num = (s: string | undefined) => (s === undefined ? 0 : Number(s));
const frac = (s: string | undefined) => (s === undefined ? 0 : Math.round(Number(`0.${s}`) * 1000));

/** Parses one cell in a column's format; NaN when it is not such a date. */
export function parseDate(text: string, format: DateFormat): number {
  const t = text.trim();
  let m: RegExpExecArray | null;
  switch (format.pattern) {
    case 'ymd':
      m = YMD.exec(t);
      return m ? calendarMs(num(m[1]), num(m[2]), num(m[3]), num(m[4]), num(m[5]), num(m[6]), frac(m[7])) : Number.NaN;
    case 'dmy':
    case 'mdy': {
      m = XYZ.exec(t);
      if (!m) return Number.NaN;
      const [a, b] = [num(m[1]), num(m[3])];
      const [d, mo] = format.pattern === 'dmy' ? [a, b] : [b, a];
      return calendarMs(num(m[4]), mo, d, num(m[5]), num(m[6]), num(m[7]), frac(m[8]));
    }
    case 'compact': {
      m = COMPACT.exec(t);
      if (!m) return Number.NaN;
      const y = num(m[1]);
      return y >= 1900 && y <= 2100 ? calendarMs(y, num(m[2]), num(m[3])) : Number.NaN;
    }
    case 'zh':
      m = ZH.exec(t);
      return m ? calendarMs(num(m[1]), num(m[2]), num(m[3]), num(m[4]), num(m[5]), num(m[6])) : Number.NaN;
  }
}

function hasTimePart(ms: number): boolean {
  return ms % 86_400_000 !== 0;
}

function allParse(values: readonly string[], format: DateFormat): boolean {
  for (const v of values) {
    const ms = parseDate(v, format);
    if (Number.isNaN(ms)) return false;
    if (hasTimePart(ms)) format.hasTime = true;
  }
  return values.length > 0;
}

/**
 * Finds the date format in which every value is a real calendar date, or null. Day-first
 * versus month-first is decided from the data (a first part above 12 means day-first, a
 * second part above 12 month-first); when nothing tells, '/' reads month-first (US Excel)
 * and '-' or '.' day-first, and the format says it was ambiguous so the user can flip it.
 */
export function detectDateFormat(values: readonly string[]): DateFormat | null {
  if (values.length === 0) return null;
  for (const pattern of ['ymd', 'zh', 'compact'] as const) {
    const format: DateFormat = { pattern, hasTime: false, ambiguous: false };
    if (allParse(values, format)) return format;
  }
  let firstOver12 = false;
  let secondOver12 = false;
  let separator = '';
  for (const v of values) {
    const m = XYZ.exec(v.trim());
    if (!m) return null;
    if (Number(m[1]) > 12) firstOver12 = true;
    if (Number(m[3]) > 12) secondOver12 = true;
    separator ||= m[2];
  }
  if (firstOver12 && secondOver12) return null;
  const ambiguous = !firstOver12 && !secondOver12;
  const pattern = firstOver12 ? 'dmy' : secondOver12 ? 'mdy' : separator === '/' ? 'mdy' : 'dmy';
  const format: DateFormat = { pattern, hasTime: false, ambiguous };
  return allParse(values, format) ? format : null;
}
