import { moneyFormat } from '../../../shared/money-format';

/** `make` for each key once: later asks for the same key get the value made first. */
export function byKey<T>(make: (key: string) => T): (key: string) => T {
  const made = new Map<string, T>();
  return (key) => {
    let value = made.get(key);
    if (value === undefined) {
      value = make(key);
      made.set(key, value);
    }
    return value;
  };
}

/** Numbers, money and dates written through Intl in one locale (the UI language). */
export function createFormatters(locale: string) {
  const int = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const num = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const dec1 = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const pct = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const roundPct = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const size = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  // Data dates are calendar dates stored as UTC milliseconds: shown in UTC so no time zone shifts them.
  const calendarDate = new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone: 'UTC',
  });
  const calendarDateTime = new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    timeZone: 'UTC',
  });
  // Money formatters by currency, made once: a table of amounts asks for one per cell.
  const moneyIn = byKey((currency) => moneyFormat(locale, currency));
  const axisMoneyIn = byKey((currency) =>
    moneyFormat(locale, currency, { notation: 'compact', maximumFractionDigits: 1 }),
  );
  return {
    calendarDate: (ms: number) => calendarDate.format(ms),
    calendarDateTime: (ms: number) => calendarDateTime.format(ms),
    int: (n: number) => int.format(n),
    num: (n: number) => num.format(n),
    /** An average of days or counts with one decimal (43.0). */
    dec1: (n: number) => dec1.format(n),
    /** A share (0.1589) as a percentage with one decimal (15.9%). */
    pct: (n: number) => pct.format(n),
    /** A round share as people say it (0.2 → 20%, 0.125 → 12.5%): an axis tick, "the top 1 %". */
    roundPct: (n: number) => roundPct.format(n),
    /** A file's size as people read it: 5.0 GB, 48 MB, 900 KB (powers of 1000, as file managers count). */
    bytes: (n: number) => {
      const [unit, scale] = n >= 1e9 ? ['GB', 1e9] : n >= 1e6 ? ['MB', 1e6] : ['KB', 1e3];
      return `${size.format(n / scale)} ${unit}`;
    },
    dateTime: (iso: string) => dateTime.format(new Date(iso)),
    /** Runs (or campaigns: anything with an id, a name and a making time) as a select's options. */
    runOptions: (runs: readonly { id: number; name: string; createdAt: string }[]) =>
      runs.map((r) => ({ value: r.id, label: `${r.name} · ${dateTime.format(new Date(r.createdAt))}` })),
    /** Money in a dataset's currency (ISO code), with its sign as the UI language writes it ("$" in Chinese, not "US$"). */
    money: (n: number, currency: string) => moneyIn(currency).format(n),
    /** Money on a chart's axis: whole units, thousands and millions abbreviated ($18K, ¥1.2万). */
    axisMoney: (n: number, currency: string) => axisMoneyIn(currency).format(n),
  };
}

export type Formatters = ReturnType<typeof createFormatters>;
