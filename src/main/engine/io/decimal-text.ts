/**
 * A fixed-point decimal's exact text from its unscaled two's-complement integer, given as
 * 32-bit words, least significant first (Arrow's Decimal 32/64/128/256): 1000 at scale 2 is "10.00".
 */
export function decimalText(words: Uint32Array, scale: number): string {
  let unscaled = 0n;
  for (let w = words.length - 1; w >= 0; w--) unscaled = (unscaled << 32n) | BigInt(words[w]);
  unscaled = BigInt.asIntN(words.length * 32, unscaled);
  const negative = unscaled < 0n;
  let digits = (negative ? -unscaled : unscaled).toString();
  if (scale > 0) {
    digits = digits.padStart(scale + 1, '0');
    digits = `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  } else if (scale < 0) digits += '0'.repeat(-scale);
  return negative ? `-${digits}` : digits;
}
