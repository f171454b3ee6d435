import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadedModules } from '../../helpers/loaded-modules';
import { builtMain, repoRoot } from '../../helpers/paths';

/**
 * What the built bundles (out/, electron-vite build) load. A sandboxed preload can load nothing
 * but `electron`; the main process's entry points load their chunks by relative path, and
 * packages the installer ships (production dependencies) or the runtime has (Node's own, electron).
 */
const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
const builtPreload = join(repoRoot, 'out', 'preload');
const jsIn = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => join(dir, f));
const required = (file: string) => loadedModules(readFileSync(file, 'utf8'), ['require']);

describe('loadedModules', () => {
  it('reads require, import … from, import "…", export … from and import()', () => {
    const code = [
      'const a = require("a"), b = require(\'b\');',
      'import c, { d } from "c";',
      'import "e";',
      "export { f } from 'f';",
      'const g = await import(`g`);',
      'import {\n  h,\n} from "h";',
      'require(name); importer("no"); // exported from "d3.js"',
      'send("dataset:import", x);',
    ].join('\n');
    expect([...loadedModules(code)].sort()).toEqual(['a', 'b', 'c', 'e', 'f', 'g', 'h']);
    expect([...loadedModules(code, ['require'])]).toEqual(['a', 'b']);
  });
});

describe('the built bundles', () => {
  it('the preload loads electron and nothing else (a sandboxed preload can load nothing else)', () => {
    const files = jsIn(builtPreload);
    expect(files.map((f) => relative(builtPreload, f))).toEqual(['index.js']);
    for (const file of files) {
      const code = readFileSync(file, 'utf8');
      expect([...loadedModules(code)], file).toEqual(['electron']);
      // and no require() of a computed name, which the text cannot tell
      expect(code.match(/\brequire\s*\(/g), file).toHaveLength(1);
    }
  });

  it('the main entry points load chunks that exist, and every chunk is loaded', () => {
    const reached = new Set<string>();
    const visit = (file: string) => {
      for (const spec of required(file)) {
        if (!spec.startsWith('.')) continue;
        const target = resolve(dirname(file), spec);
        expect(existsSync(target), `${relative(builtMain, file)} loads ${spec}`).toBe(true);
        if (!reached.has(target)) {
          reached.add(target);
          visit(target);
        }
      }
    };
    const entries = jsIn(builtMain);
    expect(entries.map((f) => relative(builtMain, f))).toEqual([
      'cli.js',
      'digest-thread.js',
      'index.js',
      'kernel-thread.js',
      'part-thread.js',
      'worker.js',
    ]);
    for (const entry of entries) visit(entry);
    expect([...reached].sort()).toEqual(jsIn(join(builtMain, 'chunks')).sort());
  });

  it('the main process loads only Node’s own modules, electron and production dependencies', () => {
    const builtins = new Set(builtinModules);
    const files = [...jsIn(builtMain), ...jsIn(join(builtMain, 'chunks'))];
    const packages = new Set(files.flatMap((f) => [...required(f)].filter((spec) => !spec.startsWith('.'))));
    for (const spec of packages) {
      const name = /^(?:@[^/]+\/)?[^/]+/.exec(spec)![0];
      const provided = name === 'electron' || builtins.has(name.replace(/^node:/, ''));
      expect(provided || Object.hasOwn(pkg.dependencies, name), spec).toBe(true);
    }
    expect(packages).toContain('better-sqlite3');
  });
});
