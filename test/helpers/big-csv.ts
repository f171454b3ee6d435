import { appendFileSync, writeFileSync } from 'node:fs';

/** Writes a deterministic orders CSV of `rows` rows (for jobs long enough to cancel), 100,000 rows at a time. */
export function writeBigCsv(file: string, rows: number): void {
  writeFileSync(file, 'order_id,customer_id,order_date,amount,channel\n');
  let x = 12345;
  for (let start = 0; start < rows; start += 100_000) {
    const lines: string[] = [];
    for (let i = start; i < Math.min(rows, start + 100_000); i++) {
      x = (x * 1103515245 + 12345) % 2147483648;
      const day = 1 + (x % 28);
      lines.push(
        `O${i},C${x % 5000},2025-02-${String(day).padStart(2, '0')},${(x % 10000) / 100},${x % 3 ? 'online' : 'store'}\n`,
      );
    }
    appendFileSync(file, lines.join(''));
  }
}
