/** `value` × 10^`places`, computed on its decimal text so that no binary error creeps in (1.005 × 10² is 100.5). */
function shiftDecimal(value: number, places: number): number {
  const [mantissa, exponent = '0'] = String(value).split('e');
  return Number(`${mantissa}e${Number(exponent) + places}`);
}

const POW10 = [1, 10, 100, 1000, 1e4, 1e5, 1e6];

/**
 * The same rounding by one multiplication, where it cannot differ from the text route: the
 * scaled value's fraction is not within the reach of the 15-digit cleaning and of the
 * multiplication's error (5·10⁻¹⁵ of it, and more) from one half. Then both round to the same
 * whole R, and R / 10^d is the double nearest R·10^-d, as the text R"e-d" parses to. Else null.
 */
function roundByScaling(value: number, decimals: number): number | null {
  const scale = POW10[decimals];
  if (scale === undefined) return null;
  const y = Math.abs(value) * scale;
  if (!(y < 2 ** 50)) return null;
  const fraction = y - Math.floor(y);
  if (Math.abs(fraction - 0.5) <= y * 1e-13 + 1e-9) return null;
  const rounded = Math.round(y) / scale;
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}

/**
 * A number rounded to `decimals` places as a person reads it: half away from zero, on the
 * decimal value the number stands for rather than its binary approximation (1.005 → 1.01,
 * -2.5 → -3), after dropping the float noise beyond 15 significant digits (96.00000000000001 → 96,
 * 3074.1999999999985 → 3074.2). Not a finite number: given back as it is.
 */
export function roundDecimal(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  // A whole number below 10^15 is its own decimal value at any places (the text route gives the
  // same, 0 for -0, at a hundred times the cost: an export rounds every amount it writes).
  if (Number.isInteger(value) && decimals >= 0 && Math.abs(value) < 1e15) return value === 0 ? 0 : value;
  const fast = roundByScaling(value, decimals);
  if (fast !== null) return fast;
  const clean = Math.abs(Number(value.toPrecision(15)));
  const rounded = shiftDecimal(Math.round(shiftDecimal(clean, decimals)), -decimals);
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}
