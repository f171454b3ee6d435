import { useFormat } from '../../hooks/useFormat';

/** Writes an amount in the run's dataset currency (a plain number without one); a missing amount as "—". */
export function useMoney(currency: string | null): (n: number | null) => string {
  const fmt = useFormat();
  return (n) => (n === null ? '—' : currency !== null ? fmt.money(n, currency) : fmt.num(n));
}
