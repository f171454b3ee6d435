import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';

/** A PostgreSQL server of its own for a test: a new cluster in a temporary folder, reached on a unix socket only. */
export interface ThrowawayPostgres {
  client: pg.Client;
  version: string;
  stop(): Promise<void>;
}

/** The server programs: Debian's /usr/lib/postgresql/<major>/bin (the newest), else pg_config's. */
function binDir(): string {
  const debian = '/usr/lib/postgresql';
  const majors = existsSync(debian)
    ? readdirSync(debian)
        .filter((v) => existsSync(join(debian, v, 'bin', 'initdb')))
        .sort((a, b) => Number(a) - Number(b))
    : [];
  if (majors.length) return join(debian, majors.at(-1)!, 'bin');
  try {
    return execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error(
      'PostgreSQL is not installed: the SQL export is proved on a real server (Debian: apt-get install -y postgresql; .ci/run installs it).',
    );
  }
}

/**
 * Starts a throwaway cluster: initdb (trust, UTF-8, C locale, no fsync) and a server listening on
 * a socket in its own folder (no TCP port is opened), as user postgres when run as root (the
 * server refuses root). `stop()` stops it and removes the folder. Start ≈ 1 s.
 */
export async function startPostgres(): Promise<ThrowawayPostgres> {
  const bin = binDir();
  const root = process.getuid?.() === 0;
  // Under /tmp, not the test run's private folder: the server's user must reach the socket's folder.
  const dir = mkdtempSync('/tmp/segdesk-pg-');
  if (root) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
    chownSync(dir, uid, gid);
    chmodSync(dir, 0o700);
  }
  const run = (program: string, ...args: string[]) =>
    root
      ? execFileSync('runuser', ['-u', 'postgres', '--', join(bin, program), ...args], { stdio: 'pipe' })
      : execFileSync(join(bin, program), args, { stdio: 'pipe' });
  const data = join(dir, 'data');
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const stopServer = () => run('pg_ctl', '-D', data, '-m', 'fast', '-w', 'stop');
  try {
    run('initdb', '-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync');
    run(
      'pg_ctl',
      '-D',
      data,
      '-l',
      join(dir, 'server.log'),
      '-w',
      '-t',
      '60',
      '-o',
      `-k ${dir} -h '' -p ${port} -F -c full_page_writes=off -c synchronous_commit=off`,
      'start',
    );
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const client = new pg.Client({ host: dir, port, user: 'postgres', database: 'postgres' });
  try {
    await client.connect();
  } catch (error) {
    stopServer();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const version = (await client.query<{ v: string }>('SHOW server_version')).rows[0].v;
  return {
    client,
    version,
    async stop() {
      await client.end().catch(() => undefined);
      try {
        stopServer();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
