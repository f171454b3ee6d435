import { copyFileSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../../../src/main/store/migrations';
import { validateWorkspaceFile } from '../../../../src/main/store/validate-workspace';
import { WorkspaceStore } from '../../../../src/main/store/workspace-store';
import { sha256, sideFiles } from '../../../helpers/files';
import { sharedData, tempDir } from '../../../helpers/paths';

let dir: string;
beforeEach(() => {
  dir = tempDir();
});

/** A closed workspace with a few pages of content. */
function closedWorkspace(name = 'w.segdesk'): string {
  const file = join(dir, name);
  const store = WorkspaceStore.create(file);
  store.db.prepare("INSERT INTO meta (key, value) VALUES ('padding', ?)").run('x'.repeat(20000));
  store.close();
  return file;
}

/** Expects validation to fail with `code` and the file to be left byte-for-byte as it was. */
function expectRefused(file: string, code: string) {
  const before = sha256(file);
  expect(() => validateWorkspaceFile(file)).toThrowError(expect.objectContaining({ code }));
  expect(() => WorkspaceStore.open(file)).toThrowError(expect.objectContaining({ code }));
  expect(sha256(file)).toBe(before);
  expect(sideFiles(file)).toEqual([]);
}

describe('validateWorkspaceFile', () => {
  it('accepts a workspace and reports its schema version', () => {
    const file = closedWorkspace();
    expect(validateWorkspaceFile(file)).toEqual({ schemaVersion: CURRENT_SCHEMA_VERSION, walMode: false });
    expect(sideFiles(file)).toEqual([]);
  });

  it('refuses a text file as E_NOT_A_WORKSPACE', () => {
    const file = join(dir, 'notes.segdesk');
    writeFileSync(file, 'hello, this is not a database\n');
    expectRefused(file, 'E_NOT_A_WORKSPACE');
  });

  it('refuses a real CSV renamed to .segdesk as E_NOT_A_WORKSPACE', () => {
    const file = join(dir, 'mall.segdesk');
    copyFileSync(sharedData('Mall_Customers.csv'), file);
    expectRefused(file, 'E_NOT_A_WORKSPACE');
  });

  it('refuses an empty file as E_NOT_A_WORKSPACE', () => {
    const file = join(dir, 'empty.segdesk');
    writeFileSync(file, '');
    expectRefused(file, 'E_NOT_A_WORKSPACE');
  });

  it('refuses another program’s SQLite database as E_NOT_A_WORKSPACE', () => {
    const file = join(dir, 'other.sqlite');
    const db = new Database(file);
    db.exec('CREATE TABLE meta (key TEXT, value TEXT); CREATE TABLE t (x INTEGER)');
    db.close();
    expectRefused(file, 'E_NOT_A_WORKSPACE');
  });

  it('refuses a SQLite file in WAL mode of another program without touching it', () => {
    const file = join(dir, 'other-wal.sqlite');
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.exec('CREATE TABLE t (x INTEGER)');
    db.close();
    expectRefused(file, 'E_NOT_A_WORKSPACE');
  });

  it('refuses a workspace that lost whole pages as E_WORKSPACE_CORRUPT', () => {
    const file = closedWorkspace();
    const bytes = readFileSync(file);
    const pageSize = bytes.readUInt16BE(16) === 1 ? 65536 : bytes.readUInt16BE(16);
    expect(bytes.length).toBeGreaterThan(2 * pageSize);
    truncateSync(file, 2 * pageSize);
    expect(() => validateWorkspaceFile(file)).toThrowError(
      expect.objectContaining({ message: 'The workspace file is cut short: pages are missing.' }),
    );
    expectRefused(file, 'E_WORKSPACE_CORRUPT');
  });

  it('refuses a workspace cut in the middle of a page as E_WORKSPACE_CORRUPT', () => {
    const file = closedWorkspace();
    truncateSync(file, readFileSync(file).length - 1000);
    expect(() => validateWorkspaceFile(file)).toThrowError(
      expect.objectContaining({ message: 'The workspace file is damaged: its size does not match its page size.' }),
    );
    expectRefused(file, 'E_WORKSPACE_CORRUPT');
  });

  it('refuses a workspace cut inside its header as E_WORKSPACE_CORRUPT', () => {
    const file = closedWorkspace();
    truncateSync(file, 60);
    expectRefused(file, 'E_WORKSPACE_CORRUPT');
  });

  it('refuses a workspace whose pages are overwritten with garbage as E_WORKSPACE_CORRUPT', () => {
    const file = closedWorkspace();
    const bytes = readFileSync(file);
    bytes.fill(0xab, 100, 4096 * 2); // the schema page and the next
    writeFileSync(file, bytes);
    expectRefused(file, 'E_WORKSPACE_CORRUPT');
  });

  it('refuses a workspace from a newer build as E_WORKSPACE_TOO_NEW', () => {
    const file = closedWorkspace();
    const db = new Database(file);
    db.pragma(`user_version = ${CURRENT_SCHEMA_VERSION + 1}`);
    db.close();
    const before = sha256(file);
    let error: { code?: string; details?: unknown } = {};
    try {
      validateWorkspaceFile(file);
    } catch (err) {
      error = err as typeof error;
    }
    expect(error.code).toBe('E_WORKSPACE_TOO_NEW');
    expect(error.details).toEqual({
      fileVersion: CURRENT_SCHEMA_VERSION + 1,
      supportedVersion: CURRENT_SCHEMA_VERSION,
    });
    expectRefused(file, 'E_WORKSPACE_TOO_NEW');
    expect(sha256(file)).toBe(before);
  });

  it('refuses a lowered schema version (0, 3) as E_WORKSPACE_VERSION_MISMATCH: no backup, no WAL header, same bytes', () => {
    for (const lowered of [0, 3]) {
      const file = closedWorkspace(`lowered-${lowered}.segdesk`);
      const db = new Database(file);
      db.pragma(`user_version = ${lowered}`);
      db.close();
      const header = readFileSync(file).subarray(0, 100);
      expect(() => validateWorkspaceFile(file)).toThrowError(
        expect.objectContaining({
          code: 'E_WORKSPACE_VERSION_MISMATCH',
          message: `This workspace's header says schema version ${lowered}, but it holds version ${CURRENT_SCHEMA_VERSION}: the header was changed. It was not opened, and the file was not changed.`,
          details: { fileVersion: lowered, contentsVersion: CURRENT_SCHEMA_VERSION },
        }),
      );
      expectRefused(file, 'E_WORKSPACE_VERSION_MISMATCH');
      // Bytes 18–19 stay 1 (rollback journal, not WAL); no '(schema N backup)' beside it.
      expect(readFileSync(file).subarray(0, 100).equals(header)).toBe(true);
      expect([header[18], header[19]]).toEqual([1, 1]);
      expect(readdirSync(dir).filter((f) => f.startsWith(`lowered-${lowered}`))).toEqual([
        `lowered-${lowered}.segdesk`,
      ]);
    }
  });

  it('reports a missing file as E_FILE_NOT_FOUND and a folder as E_NOT_A_WORKSPACE', () => {
    expect(() => validateWorkspaceFile(join(dir, 'nope.segdesk'))).toThrowError(
      expect.objectContaining({ code: 'E_FILE_NOT_FOUND' }),
    );
    expect(() => validateWorkspaceFile(dir)).toThrowError(expect.objectContaining({ code: 'E_NOT_A_WORKSPACE' }));
  });
});
