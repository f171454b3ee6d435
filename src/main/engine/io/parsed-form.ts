export const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
/** Digits above which a double no longer holds the number and its spelling exactly: such cells are texts. */
export const MAX_DIGITS = 15;

// How a number was written (a cell's `form`): fraction digits, integer digits, a '.', a '+'.
export const N_SCALE = 0xf;
export const N_INT_SHIFT = 4;
export const N_DOT = 1 << 8;
export const N_PLUS = 1 << 9;
// How a date was written: the two separators (- / .), two-digit month and day, a time part
// (after 'T' or a space) with a two-digit hour, seconds, 0–3 fraction digits, and a final Z.
export const D_MONTH2 = 1 << 4;
export const D_DAY2 = 1 << 5;
export const D_TIME = 1 << 6;
export const D_T = 1 << 7;
export const D_HOUR2 = 1 << 8;
export const D_SECONDS = 1 << 9;
export const D_FRAC_SHIFT = 10;
export const D_Z = 1 << 12;
export const SEPARATORS = [45, 47, 46];
/** Flags of a cell read (readFlags): a nonzero fraction, a spelling other than plain integer digits, a time of day. */
export const READ_FRACTION = 1;
export const READ_NOT_PLAIN = 2;
export const READ_TIME = 4;
/** A cell in one of the exact forms above; not empty. */
export const PLAIN = 0xffff;

/** A number cell's text from its value and form. */
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

/** A date cell's text from its value (UTC ms) and form. */
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

/** A cell's text exactly as written, from its value and form (see the N_ and D_ bits). */
export function formText(mode: 'number' | 'ymd', v: number, form: number): string {
  return mode === 'number' ? numberText(v, form) : dateText(v, form);
}
