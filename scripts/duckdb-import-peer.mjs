#!/usr/bin/env node
// The like-for-like peer of a whole `segmentdesk import` process (npm run bench): a node process
// that imports a CSV with DuckDB into a database file, types sniffed, and checkpoints it so the
// file is complete on disk when the process exits.
//   node scripts/duckdb-import-peer.mjs FILE.csv OUT.duckdb [DEPS_DIR=/tmp/duckpeer]
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [csv, out, deps = '/tmp/duckpeer'] = process.argv.slice(2);
const req = createRequire(join(resolve(deps), 'package.json'));
const { DuckDBInstance } = await import(pathToFileURL(req.resolve('@duckdb/node-api')).href);
for (const suffix of ['', '.wal']) rmSync(out + suffix, { force: true });
const instance = await DuckDBInstance.create(out);
const con = await instance.connect();
await con.run(`CREATE TABLE t AS SELECT * FROM read_csv('${csv.replace(/'/g, "''")}')`);
await con.run('CHECKPOINT');
con.closeSync();
instance.closeSync();
