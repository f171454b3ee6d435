import { calendarMs } from './types/parse-date';
import { POW10, D_MONTH2, D_DAY2, D_TIME, D_T, D_HOUR2, D_SECONDS, D_FRAC_SHIFT, D_Z, READ_TIME } from './parsed-form';

/** Where a cell read is left: its value, its written form and its flags (see ParsedColumn); and the last day read. */
export interface CellRead {
  readValue: number;
  readForm: number;
  readFlags: number;
  /** The last calendar day read (y·10^4 + m·100 + d) and its UTC ms: dates repeat, Date.UTC is slow. */
  lastDay: number;
  lastDayMs: number;
}

/** The index of a date separator in SEPARATORS (- / .), or -1. */
function separator(b: number): number {
  return b === 45 ? 0 : b === 47 ? 1 : b === 46 ? 2 : -1;
}

/** One or two digits at bytes[i]: (digits read << 8) | value, or -1. */
function digits12(bytes: Uint8Array, i: number, end: number): number {
  if (i >= end) return -1;
  const a = bytes[i] - 48;
  if (a < 0 || a > 9) return -1;
  const b = bytes[i + 1] - 48;
  if (i + 1 < end && b >= 0 && b <= 9) return (2 << 8) | (a * 10 + b);
  return (1 << 8) | a;
}

/** Exactly two digits at bytes[i], or -1. */
function digits2(bytes: Uint8Array, i: number, end: number): number {
  if (i + 2 > end) return -1;
  const a = bytes[i] - 48;
  const b = bytes[i + 1] - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/** Reads the ISO date or datetime bytes[start, end) into `out`; false when it is not one. */
export function readYmd(bytes: Uint8Array, start: number, end: number, out: CellRead): boolean {
  if (end - start < 8) return false;
  let i = start;
  let y = 0;
  for (const stop = i + 4; i < stop; i++) {
    const d = bytes[i] - 48;
    if (d < 0 || d > 9) return false;
    y = y * 10 + d;
  }
  // Years 0–99 (which Date.UTC would read as 1900–1999) take the general path: calendarMs keeps them as written.
  if (y < 100) return false;
  let form = 0;
  const sep1 = separator(bytes[i]);
  const m = digits12(bytes, i + 1, end);
  if (sep1 < 0 || m < 0) return false;
  i += 1 + (m >> 8);
  const sep2 = separator(bytes[i]);
  const day = digits12(bytes, i + 1, end);
  if (sep2 < 0 || day < 0) return false;
  i += 1 + (day >> 8);
  form |= sep1 | (sep2 << 2) | (m >> 8 === 2 ? D_MONTH2 : 0) | (day >> 8 === 2 ? D_DAY2 : 0);
  let hh = 0;
  let mm = 0;
  let ss = 0;
  let ms = 0;
  if (i < end && (bytes[i] === 32 || bytes[i] === 84)) {
    form |= D_TIME | (bytes[i] === 84 ? D_T : 0);
    const h = digits12(bytes, i + 1, end);
    if (h < 0) return false;
    if (h >> 8 === 2) form |= D_HOUR2;
    i += 1 + (h >> 8);
    if (bytes[i] !== 58 || i >= end) return false;
    mm = digits2(bytes, i + 1, end);
    if (mm < 0) return false;
    hh = h & 0xff;
    i += 3;
    if (i < end && bytes[i] === 58) {
      ss = digits2(bytes, i + 1, end);
      if (ss < 0) return false;
      form |= D_SECONDS;
      i += 3;
      if (i < end && bytes[i] === 46) {
        // Up to milliseconds; finer fractions take the general path.
        const fracStart = ++i;
        let f = 0;
        let d = 0;
        while (i < end && (d = bytes[i] - 48) >= 0 && d <= 9) {
          f = f * 10 + d;
          i++;
        }
        const k = i - fracStart;
        if (k === 0 || k > 3) return false;
        ms = f * POW10[3 - k];
        form |= k << D_FRAC_SHIFT;
      }
    }
  }
  if (i < end && bytes[i] === 90) {
    form |= D_Z;
    i++;
  }
  if (i !== end || hh > 23 || mm > 59 || ss > 59) return false;
  const key = y * 10000 + (m & 0xff) * 100 + (day & 0xff);
  if (key !== out.lastDay) {
    const dayMs = calendarMs(y, m & 0xff, day & 0xff);
    if (dayMs !== dayMs) return false;
    out.lastDay = key;
    out.lastDayMs = dayMs;
  }
  const time = ((hh * 60 + mm) * 60 + ss) * 1000 + ms;
  out.readValue = out.lastDayMs + time;
  out.readForm = form;
  out.readFlags = time !== 0 ? READ_TIME : 0;
  return true;
}
