import type { ColumnSpec } from '../../../shared/column-spec';
import { DictionaryBuilder } from './dictionary-builder';
import { calendarMs } from './types/parse-date';

/** number: plain decimal numbers (-12, 3.50, .5); ymd: ISO dates and datetimes (2024-03-05, 2024-03-05 14:30:00). */
export type ParsedMode = 'number' | 'ymd';

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
/** Digits above which a double no longer holds the number and its spelling exactly: such cells are texts. */
const MAX_DIGITS = 15;

// How a number was written (a cell's `form`): fraction digits, integer digits, a '.', a '+'.
const N_SCALE = 0xf;
const N_INT_SHIFT = 4;
const N_DOT = 1 << 8;
const N_PLUS = 1 << 9;
// How a date was written: the two separators (- / .), two-digit month and day, a time part
// (after 'T' or a space) with a two-digit hour, seconds, 0–3 fraction digits, and a final Z.
const D_MONTH2 = 1 << 4;
const D_DAY2 = 1 << 5;
const D_TIME = 1 << 6;
const D_T = 1 << 7;
const D_HOUR2 = 1 << 8;
const D_SECONDS = 1 << 9;
const D_FRAC_SHIFT = 10;
const D_Z = 1 << 12;
const SEPARATORS = [45, 47, 46];
/** Flags of a cell read (readFlags): a nonzero fraction, a spelling other than plain integer digits, a time of day. */
const READ_FRACTION = 1;
const READ_NOT_PLAIN = 2;
const READ_TIME = 4;
/** A cell in one of the exact forms above; not empty. */
const PLAIN = 0xffff;

/** A ParsedColumn's fields, as sent between threads. */
export interface ParsedState {
  mode: ParsedMode;
  values: Float64Array;
  forms: Uint16Array;
  length: number;
  integer: boolean;
  plainIntegers: boolean;
  hasTime: boolean;
  nulls: number;
}

/**
 * One column read straight into doubles while a file is scanned — for the columns a sample
 * showed to be plain numbers or ISO dates — so no dictionary entry and no string is made per
 * cell. Values are exactly what the general path's parseNumber / parseDate give. Each cell's
 * written form is kept in two bytes, so its text can always be rebuilt exactly: a cell that
 * does not fit (a code among numbers, a date in another shape) turns the column back into cell
 * texts (`toDictionary`) without reading the file again.
 */
export class ParsedColumn {
  values: Float64Array;
  /** Per cell, how it was written (see the N_ / D_ bits); 0xffff on an empty cell. */
  forms: Uint16Array;
  length = 0;
  /** Empty cells so far. */
  nulls = 0;
  /** Every number so far is a whole number. */
  integer = true;
  /** Every number so far is written as plain digits with an optional minus: -?[1-9]\d*|0. */
  plainIntegers = true;
  /** Some date so far has a time of day. */
  hasTime = false;
  /** The last cell read (readNumber / readYmd), not yet added: its value, form and READ_ flags. */
  readValue = 0;
  readForm = 0;
  readFlags = 0;
  /** The last calendar day read (y·10^4 + m·100 + d) and its UTC ms: dates repeat, Date.UTC is slow. */
  private lastDay = -1;
  private lastDayMs = 0;

  constructor(
    readonly mode: ParsedMode,
    expectedRows = 1024,
  ) {
    this.values = new Float64Array(Math.max(16, expectedRows));
    this.forms = new Uint16Array(this.values.length);
  }

  private grow(): void {
    const values = new Float64Array(this.values.length * 2);
    values.set(this.values);
    this.values = values;
    const forms = new Uint16Array(values.length);
    forms.set(this.forms);
    this.forms = forms;
  }

  addNull(): void {
    if (this.length === this.values.length) this.grow();
    this.nulls++;
    this.forms[this.length] = PLAIN;
    this.values[this.length++] = Number.NaN;
  }

  /** Adds a cell; false (nothing added) when it does not fit the column's mode. */
  add(bytes: Uint8Array, start: number, end: number): boolean {
    if (start === end) {
      this.addNull();
      return true;
    }
    const fits = this.mode === 'number' ? this.readNumber(bytes, start, end) === end : this.readYmd(bytes, start, end);
    if (fits) this.push(this.readValue, this.readForm, this.readFlags);
    return fits;
  }

  /** Adds a cell read before (readNumber / readYmd): the fused scanner reads a whole record first, then adds it. */
  push(value: number, form: number, flags: number): void {
    if (this.length === this.values.length) this.grow();
    if (flags !== 0) {
      if (flags & READ_FRACTION) this.integer = false;
      if (flags & READ_NOT_PLAIN) this.plainIntegers = false;
      if (flags & READ_TIME) this.hasTime = true;
    }
    this.forms[this.length] = form;
    this.values[this.length++] = value;
  }

  /**
   * Reads a plain number starting at bytes[start] (not past `limit`) into readValue / readForm /
   * readFlags; returns the index after it — the cell's end when the whole cell is the number —
   * or -1 when what is there is not one this column takes (no digits, over 15 digits, 0001).
   */
  readNumber(bytes: Uint8Array, start: number, limit: number): number {
    let i = start;
    let form = 0;
    let negative = false;
    if (bytes[i] === 45) {
      negative = true;
      i++;
    } else if (bytes[i] === 43) {
      form |= N_PLUS;
      i++;
    }
    const intStart = i;
    let mantissa = 0;
    let d = 0;
    while (i < limit && (d = bytes[i] - 48) >= 0 && d <= 9) {
      mantissa = mantissa * 10 + d;
      i++;
    }
    const intDigits = i - intStart;
    let scale = 0;
    let fraction = false;
    if (i < limit && bytes[i] === 46) {
      form |= N_DOT;
      const fracStart = ++i;
      while (i < limit && (d = bytes[i] - 48) >= 0 && d <= 9) {
        mantissa = mantissa * 10 + d;
        if (d !== 0) fraction = true;
        i++;
      }
      scale = i - fracStart;
    }
    if (intDigits + scale === 0 || intDigits + scale > MAX_DIGITS) return -1;
    const leadingZero = intDigits > 1 && bytes[intStart] === 48;
    // Zero-padded digit strings (0001) are ids to the general inference.
    if (leadingZero && form === 0 && !negative) return -1;
    let flags = fraction ? READ_FRACTION : 0;
    if (form !== 0 || leadingZero || (negative && mantissa === 0)) flags |= READ_NOT_PLAIN;
    // mantissa < 2^50 and 10^scale are exact, so the quotient is the correctly rounded value, as Number() gives.
    const v = scale > 0 ? mantissa / POW10[scale] : mantissa;
    this.readValue = negative ? -v : v;
    this.readForm = form | scale | (intDigits << N_INT_SHIFT);
    this.readFlags = flags;
    return i;
  }

  /** Reads the ISO date or datetime bytes[start, end) into readValue / readForm / readFlags; false when it is not one. */
  readYmd(bytes: Uint8Array, start: number, end: number): boolean {
    if (end - start < 8) return false;
    let i = start;
    let y = 0;
    for (const stop = i + 4; i < stop; i++) {
      const d = bytes[i] - 48;
      if (d < 0 || d > 9) return false;
      y = y * 10 + d;
    }
    // Date.UTC reads years 0–99 as 1900–1999; such cells take the general path.
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
    if (key !== this.lastDay) {
      const dayMs = calendarMs(y, m & 0xff, day & 0xff);
      if (dayMs !== dayMs) return false;
      this.lastDay = key;
      this.lastDayMs = dayMs;
    }
    const time = ((hh * 60 + mm) * 60 + ss) * 1000 + ms;
    this.readValue = this.lastDayMs + time;
    this.readForm = form;
    this.readFlags = time !== 0 ? READ_TIME : 0;
    return true;
  }

  /** The cell's text exactly as written; null when empty. */
  text(row: number): string | null {
    const form = this.forms[row];
    const v = this.values[row];
    if (form === PLAIN && v !== v) return null;
    return this.mode === 'number' ? numberText(v, form) : dateText(v, form);
  }

  /** The column as cell texts, for when it turns out not to be what the sample said. */
  toDictionary(capacity = this.length): DictionaryBuilder {
    const builder = new DictionaryBuilder(capacity);
    const encoder = new TextEncoder();
    const cache = new Map<string, Uint8Array>();
    for (let r = 0; r < this.length; r++) {
      const text = this.text(r);
      if (text === null) {
        builder.addNull();
        continue;
      }
      let bytes = cache.get(text);
      if (!bytes) cache.set(text, (bytes = encoder.encode(text)));
      builder.add(bytes, 0, bytes.length);
    }
    return builder;
  }

  /** The column's type, as the general inference gives it for these cells. */
  spec(): ColumnSpec {
    if (this.mode === 'ymd')
      return {
        kind: this.hasTime ? 'datetime' : 'date',
        date: { pattern: 'ymd', hasTime: this.hasTime, ambiguous: false },
      };
    return { kind: this.integer ? 'integer' : 'decimal', number: { decimal: '.', percent: false, currency: null } };
  }

  /** Appends the cells of another column of the same mode (read from a later part of the same file). */
  append(other: ParsedColumn): void {
    while (this.length + other.length > this.values.length) this.grow();
    this.values.set(other.finishValues(), this.length);
    this.forms.set(other.finishForms(), this.length);
    this.length += other.length;
    this.integer &&= other.integer;
    this.plainIntegers &&= other.plainIntegers;
    this.hasTime ||= other.hasTime;
    this.nulls += other.nulls;
  }

  /** Its arrays and flags, to send to another thread (the arrays can be transferred). */
  state(): ParsedState {
    const { mode, values, forms, length, integer, plainIntegers, hasTime, nulls } = this;
    return { mode, values, forms, length, integer, plainIntegers, hasTime, nulls };
  }

  static fromState(state: ParsedState): ParsedColumn {
    return Object.assign(new ParsedColumn(state.mode, 0), state);
  }

  finishValues(): Float64Array {
    return this.values.subarray(0, this.length);
  }

  finishForms(): Uint16Array {
    return this.forms.subarray(0, this.length);
  }
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

function numberText(v: number, form: number): string {
  const scale = form & N_SCALE;
  const intDigits = (form >> N_INT_SHIFT) & 0xf;
  // |v| · 10^scale is within 0.25 of the written mantissa (< 10^15), so rounding recovers it.
  const mantissa = Math.round(Math.abs(v) * POW10[scale]);
  const digits = String(mantissa).padStart(intDigits + scale, '0');
  const sign = v < 0 || Object.is(v, -0) ? '-' : form & N_PLUS ? '+' : '';
  const whole = digits.slice(0, digits.length - scale);
  return form & N_DOT ? `${sign}${whole}.${digits.slice(digits.length - scale)}` : `${sign}${whole}`;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

function dateText(v: number, form: number): string {
  const d = new Date(v);
  const sep1 = String.fromCharCode(SEPARATORS[form & 3]);
  const sep2 = String.fromCharCode(SEPARATORS[(form >> 2) & 3]);
  const month = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  let text = `${d.getUTCFullYear()}${sep1}${form & D_MONTH2 ? pad2(month) : month}${sep2}${form & D_DAY2 ? pad2(day) : day}`;
  if (form & D_TIME) {
    const h = d.getUTCHours();
    text += `${form & D_T ? 'T' : ' '}${form & D_HOUR2 ? pad2(h) : h}:${pad2(d.getUTCMinutes())}`;
    if (form & D_SECONDS) {
      text += `:${pad2(d.getUTCSeconds())}`;
      const k = (form >> D_FRAC_SHIFT) & 3;
      if (k > 0) text += `.${String(d.getUTCMilliseconds()).padStart(3, '0').slice(0, k)}`;
    }
  }
  return form & D_Z ? `${text}Z` : text;
}
