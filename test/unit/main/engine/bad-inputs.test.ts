import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toErrorData } from '../../../../src/shared/errors';
import { sha256 } from '../../../helpers/files';
import { repoRoot, tempDir } from '../../../helpers/paths';
import { createTestService, type TestService } from '../../../helpers/service';
import { digestWorkspace } from '../../../helpers/workspace-digest';

/** The malformed-input corpus (scripts/make-bad-inputs.mjs) and what each file must end in. */
const BAD = join(repoRoot, 'test', 'fixtures', 'bad');
type Expect = { why: string } & Outcome;
const manifest = JSON.parse(readFileSync(join(BAD, 'manifest.json'), 'utf8')) as Record<string, Expect>;
const names = Object.keys(manifest);

/** No file may take longer than this: a hang is a failure, not a slow success. */
const PER_FILE_MS = 30_000;

function within<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<T>(
      (_, reject) =>
        (timer = setTimeout(() => reject(new Error(`hang: ${what} took over ${PER_FILE_MS} ms`)), PER_FILE_MS)),
    ),
  ]);
}

/** An error code, or the rows and counted issues of an import (with its encoding or roles where the file is about them). */
type Outcome =
  | { code: string }
  | { rows: number; issues: Record<string, number>; encoding?: string; roles?: Record<string, string> };

describe('malformed-input corpus', () => {
  it('is the script’s output, byte for byte, and names every file with its outcome', () => {
    expect(names.length).toBeGreaterThanOrEqual(50);
    expect(
      readdirSync(BAD)
        .filter((f) => f !== 'manifest.json')
        .sort(),
    ).toEqual([...names].sort());
    const again = tempDir();
    const r = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'make-bad-inputs.mjs'), again], {
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(0);
    for (const name of [...names, 'manifest.json'])
      expect(sha256(join(again, name)), name).toBe(sha256(join(BAD, name)));
  });

  describe('every file, inspected and imported', () => {
    let t: TestService;
    let workspace: string;
    beforeAll(async () => {
      t = createTestService();
      workspace = join(tempDir(), 'bad.segdesk');
      await t.service.createAt(workspace);
    });
    afterAll(() => t.service.dispose());

    it.for(names)(
      '%s ends in its error code or its counted quality issues; never a crash or a hang; a refused file changes nothing',
      {
        timeout: 2 * PER_FILE_MS,
      },
      async (name, { annotate }) => {
        const { why, ...expected } = manifest[name];
        await annotate(why);
        const before = digestWorkspace(workspace);
        const { token } = t.service.registerFile(join(BAD, name));
        let inspected: Outcome | null = null;
        try {
          await within(t.service.inspectImport(token, {}, undefined, null), `inspect ${name}`);
        } catch (err) {
          inspected = { code: toErrorData(err).code };
        }
        let outcome: Outcome;
        try {
          const dataset = await within(t.service.importFile(join(BAD, name), { name }), `import ${name}`);
          outcome = {
            rows: dataset.quality.rowsRead,
            issues: Object.fromEntries(dataset.quality.issues.filter((i) => i.count > 0).map((i) => [i.code, i.count])),
          };
          // Where the file is about its encoding, the encoding it was read in.
          if ('encoding' in expected) outcome.encoding = dataset.source.encoding ?? 'none';
          // Where the file is about a column's role, the roles it was imported with.
          if ('roles' in expected) outcome.roles = dataset.roles as Record<string, string>;
          t.service.deleteDataset(dataset.id);
        } catch (err) {
          const data = toErrorData(err);
          if (data.message.startsWith('hang:')) throw err;
          outcome = { code: data.code };
        }
        // Refused: the workspace is exactly as it was.
        expect('code' in outcome ? digestWorkspace(workspace) : before).toEqual(before);
        // The wizard's preview refuses what the import refuses, with the same code.
        expect(inspected ?? outcome, `the preview said ${inspected?.code}`).toEqual(outcome);
        expect(outcome).toEqual(expected);
        expect(outcome).not.toEqual({ code: 'E_INTERNAL' });
        expect(digestWorkspace(workspace).integrity).toBe('ok');
      },
    );
  });
});
