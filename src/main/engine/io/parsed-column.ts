import type { ColumnSpec } from '../../../shared/column-spec';
import { DictionaryBuilder } from './dictionary-builder';
import { readYmd } from './read-ymd';
import {
  formText,
  POW10,
  MAX_DIGITS,
  N_INT_SHIFT,
  N_DOT,
  N_PLUS,
  READ_FRACTION,
  READ_NOT_PLAIN,
  READ_TIME,
  PLAIN,
} from './parsed-form';

/** number: plain decimal numbers (-12, 3.50, .5); ymd: ISO dates and datetimes (2024-03-05, 2024-03-05 14:30:00). */
export type ParsedMode = 'number' | 'ymd';

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
  lastDay = -1;
  lastDayMs = 0;

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
    return readYmd(bytes, start, end, this);
  }

  /** The cell's text exactly as written; null when empty. */
  text(row: number): string | null {
    const form = this.forms[row];
    const v = this.values[row];
    if (form === PLAIN && v !== v) return null;
    return formText(this.mode, v, form);
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
