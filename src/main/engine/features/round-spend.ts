/**
 * Summed spend rounded to 6 decimal places (half away from zero): amounts of up to 6 places add up
 * to their exact decimal total, without the noise of adding binary fractions (0.1 + 0.2), so a
 * total on a cut point falls on the side the decimals say, here as in SQL's exact sum. Past 2^52
 * millionths (4.5·10^9) a double holds no 6th place: the sum is kept as it is.
 */
export function roundSpend(sum: number): number {
  const scaled = Math.abs(sum) * 1e6;
  if (!(scaled < 2 ** 52)) return sum;
  const rounded = Math.round(scaled) / 1e6;
  return sum < 0 && rounded !== 0 ? -rounded : rounded;
}
