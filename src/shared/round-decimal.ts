/** `value` × 10^`places`, computed on its decimal text so that no binary error creeps in (1.005 × 10² is 100.5). */
function shiftDecimal(value: number, places: number): number {
  const [mantissa, exponent = '0'] = String(value).split('e');
  return Number(`${mantissa}e${Number(exponent) + places}`);
}

/**
 * A number rounded to `decimals` places as a person reads it: half away from zero, on the
 * decimal value the number stands for rather than its binary approximation (1.005 → 1.01,
 * -2.5 → -3), after dropping the float noise beyond 15 significant digits (96.00000000000001 → 96,
 * 3074.1999999999985 → 3074.2). Not a finite number: given back as it is.
 */
export function roundDecimal(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const clean = Math.abs(Number(value.toPrecision(15)));
  const rounded = shiftDecimal(Math.round(shiftDecimal(clean, decimals)), -decimals);
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}
