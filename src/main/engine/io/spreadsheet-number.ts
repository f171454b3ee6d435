/** From 2^53 on a double no longer holds every integer: a spreadsheet number there may already be rounded (2^53 + 1 reads as 2^53). */
export const EXACT_INTEGER_LIMIT = 2 ** 53;

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/** A plain integer of up to 15 digits (no sign but `-`, no leading zero, not `-0`): its text is its value. */
function isShortInteger(text: string): boolean {
  const n = text.length;
  const from = text.charCodeAt(0) === 45 ? 1 : 0;
  if (n - from < 1 || n - from > 15 || (text.charCodeAt(from) === 48 && n > 1)) return false;
  for (let i = from; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** The integer a decimal text denotes, in plain digits (`1.2345E+4` → `12345`); null when it has a fraction or is absurdly long. */
function integerDigits(text: string): string | null {
  const m = DECIMAL.exec(text);
  if (!m) return null;
  const [, sign, whole, fraction = '', exponent = '0'] = m;
  const digits = whole + fraction;
  const point = whole.length + Number(exponent);
  if (point < 0 || point > 40 || /[1-9]/.test(digits.slice(point))) return null;
  const plain = digits
    .slice(0, point)
    .padEnd(point, '0')
    .replace(/^0+(?=\d)/, '');
  return sign === '-' && plain !== '0' ? `-${plain}` : plain;
}

/**
 * A number cell's text from its value as the file writes it (an XLSX `<v>`): whole numbers
 * exactly as written, whatever their length (ids of 16 and more digits stay distinct); other
 * numbers as Excel shows them, to 15 significant digits, without float noise (`8.289999999999999`
 * → `8.29`).
 */
export function writtenNumberText(written: string): string {
  if (isShortInteger(written)) return written;
  const n = Number(written);
  if (!Number.isFinite(n)) return written;
  if (Number.isInteger(n) && Math.abs(n) >= 1e15) {
    const digits = integerDigits(written);
    if (digits !== null) return digits;
  }
  return String(Number(n.toPrecision(15)));
}

/** A number cell's text from its double (an XLS record): whole numbers exactly, others to 15 significant digits. */
export function doubleText(v: number): string {
  if (Number.isInteger(v) && Math.abs(v) < 1e21) return String(v);
  return String(Number(v.toPrecision(15)));
}
