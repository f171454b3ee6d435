import { writeFileSync } from 'node:fs';

/** Writes a deterministic orders CSV of `rows` rows (for jobs long enough to cancel). */
export function writeBigCsv(file: string, rows: number): void {
  const lines = ['order_id,customer_id,order_date,amount,channel'];
  let x = 12345;
  for (let i = 0; i < rows; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    const day = 1 + (x % 28);
    lines.push(`O${i},C${x % 5000},2025-02-${String(day).padStart(2, '0')},${(x % 10000) / 100},${x % 3 ? 'online' : 'store'}`);
  }
  writeFileSync(file, `${lines.join('\n')}\n`);
}
