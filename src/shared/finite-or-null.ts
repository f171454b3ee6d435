/** A number as JSON keeps it: null for NaN and ±Infinity (no value, nothing to measure). */
export const finiteOrNull = (v: number): number | null => (Number.isFinite(v) ? v : null);
