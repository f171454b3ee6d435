import { DuckDBInstance } from '@duckdb/node-api';
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { sharedData } from './paths';

/** A column of a CSV file as a database table types it. */
export type SqlType = 'text' | 'integer' | 'double' | 'date' | 'timestamp';

/** A CSV file (gzipped when it ends in .gz) loaded as a typed table, as a client's warehouse holds it. */
export interface CsvTable {
  name: string;
  file: string;
  columns: [name: string, type: SqlType][];
}

const DUCKDB_TYPES: Record<SqlType, string> = {
  text: 'VARCHAR',
  integer: 'INTEGER',
  double: 'DOUBLE',
  date: 'DATE',
  timestamp: 'TIMESTAMP',
};
const POSTGRES_TYPES: Record<SqlType, string> = {
  text: 'text',
  integer: 'integer',
  double: 'double precision',
  date: 'date',
  timestamp: 'timestamp',
};

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** A customer id as the app writes it: a float column's 17850.0 is customer 17850 (JavaScript writes the number so). */
export const idText = (value: unknown) => String(value);

/** Customer id → segment key, from the rows the exported SQL gives. */
function segmentsOf(rows: { customer_id: unknown; segment: unknown }[]): Map<string, string> {
  return new Map(rows.map((r) => [idText(r.customer_id), String(r.segment)]));
}

/** Runs the SQL on an in-memory DuckDB holding the table; customer id → segment. */
export async function duckdbSegments(table: CsvTable, sql: string): Promise<Map<string, string>> {
  const instance = await DuckDBInstance.create(':memory:', { threads: '2', autoinstall_known_extensions: 'false' });
  const con = await instance.connect();
  try {
    const columns = table.columns.map(([name, type]) => `'${name.replaceAll("'", "''")}': '${DUCKDB_TYPES[type]}'`);
    await con.run(
      `CREATE TABLE ${quote(table.name)} AS SELECT * FROM read_csv('${table.file.replaceAll("'", "''")}', header = true, auto_detect = false, columns = {${columns.join(', ')}})`,
    );
    const result = await con.runAndReadAll(sql);
    return segmentsOf(result.getRowObjectsJS() as { customer_id: unknown; segment: unknown }[]);
  } finally {
    con.closeSync();
    instance.closeSync();
  }
}

/** Loads the table into PostgreSQL (COPY from the file), once per client and name. */
export async function loadPostgres(client: pg.Client, table: CsvTable): Promise<void> {
  const columns = table.columns.map(([name, type]) => `${quote(name)} ${POSTGRES_TYPES[type]}`);
  await client.query(`DROP TABLE IF EXISTS ${quote(table.name)}`);
  await client.query(`CREATE TABLE ${quote(table.name)} (${columns.join(', ')})`);
  const copy = client.query(copyFrom(`COPY ${quote(table.name)} FROM STDIN WITH (FORMAT csv, HEADER true)`));
  const source = createReadStream(table.file);
  await (table.file.endsWith('.gz') ? pipeline(source, createGunzip(), copy) : pipeline(source, copy));
}

/** Runs the SQL on PostgreSQL (the table loaded); customer id → segment. */
export async function postgresSegments(client: pg.Client, sql: string): Promise<Map<string, string>> {
  const result = await client.query(sql);
  return segmentsOf(result.rows);
}

/** rfm_data_orders.csv (4,906 orders of 995 customers) as a client's table: the dates typed, spend as a double. */
export const ORDERS_TABLE: CsvTable = {
  name: 'orders',
  file: sharedData('rfm_data_orders.csv'),
  columns: [
    ['customer_id', 'text'],
    ['order_date', 'date'],
    ['revenue', 'double'],
    ['first_name', 'text'],
    ['last_name', 'text'],
    ['email', 'text'],
  ],
};
