/** Characters no one means in a column name: BOMs (two files pasted together) and zero-width marks. */
const INVISIBLE = /[\ufeff\u200b-\u200d\u2060]/g;

/** Header names trimmed (and invisible marks removed); blanks become column_N; repeats get _2, _3 … */
export function uniqueNames(header: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return header.map((raw, i) => {
    const clean = raw.replace(INVISIBLE, '').trim();
    const base = clean === '' ? `column_${i + 1}` : clean;
    let n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    let name = n === 1 ? base : `${base}_${n}`;
    while (n > 1 && seen.has(name)) name = `${base}_${++n}`;
    if (n > 1) seen.set(name, 1);
    return name;
  });
}
