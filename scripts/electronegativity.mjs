#!/usr/bin/env node
// Runs Doyensec's Electronegativity (the Electron security linter) over the app's source,
// offline, and fails on any HIGH or MEDIUM finding, on any file it could not parse or check,
// and on any attempt to reach the network.
//
//   node scripts/electronegativity.mjs [dir]      (dir defaults to src)
//
// Electronegativity is driven through its programmatic API (dist/runner.js), not its CLI, for
// three reasons, each handled below: its TypeScript parser would load the repo's typescript 7,
// it downloads things at run time, and the CSP it looks for is put into index.html by the build.
import { cpSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, relative, resolve, sep } from 'node:path';
import { runInNewContext } from 'node:vm';

const root = resolve(import.meta.dirname, '..');
// Its real path: Node names modules by it, also where node_modules is a link (a git worktree sharing one).
const engDir = realpathSync(join(root, 'node_modules', '@doyensec', 'electronegativity'));
const engRequire = createRequire(join(engDir, 'package.json'));

// Checks left out, each because it cannot apply here:
const EXCLUDED = [
  // Downloads Electron's release list from GitHub to say whether the Electron in package.json is
  // outdated. That is a question about dependencies, not about this source, and it needs the network.
  'AvailableSecurityFixesGlobalCheck',
  // Asks for `disableBlinkFeatures: 'Auxclick'` so a middle click cannot open a link in a new
  // window. Blink no longer has an "Auxclick" feature to disable (electron/electron#10315), so
  // the option would do nothing; what stops it is hardenContents() in src/main/security.ts, which
  // every webContents gets: window.open / new windows are denied and navigation is prevented
  // (test/unit/main/security.test.ts).
  'AuxclickJSCheck',
];

/**
 * typescript-estree and tsutils (hoisted, shared with nothing else we load) `require('typescript')`
 * and would get the repo's typescript 7, whose JS API has no `SyntaxKind`. Send only their
 * requests to the typescript 4.2.4 that Electronegativity ships for them.
 */
function redirectTypescript() {
  const ts4 = engRequire.resolve('typescript');
  const wanted = new RegExp(`[\\\\/]node_modules[\\\\/](@typescript-eslint|tsutils)[\\\\/]`);
  const resolveFilename = Module._resolveFilename;
  Module._resolveFilename = function (request, parent, ...rest) {
    if (request === 'typescript' && parent?.filename && wanted.test(parent.filename)) return ts4;
    return resolveFilename.call(this, request, parent, ...rest);
  };
}

/**
 * Electronegativity fetches translations from S3 on every run and, in
 * AvailableSecurityFixesGlobalCheck (excluded), Electron's release list, both with `got`. Its
 * `got` is replaced by a stub that records the URL and fails as if offline, so no request is
 * made; and any socket connect at all in this process is refused and counted as a failure.
 */
function blockNetwork() {
  const blocked = [];
  const attempted = [];
  const stubPath = join(engDir, 'got-blocked-by-segmentdesk');
  const stub = new Module(stubPath);
  const refuse = (url) => {
    blocked.push(String(url));
    return Promise.reject(new Error('network disabled by scripts/electronegativity.mjs'));
  };
  stub.exports = Object.assign(refuse, { get: refuse, head: refuse, post: refuse, stream: refuse });
  stub.loaded = true;
  Module._cache[stubPath] = stub;
  const resolveFilename = Module._resolveFilename;
  Module._resolveFilename = function (request, parent, ...rest) {
    if (request === 'got' && parent?.filename?.startsWith(engDir + sep)) return stubPath;
    return resolveFilename.call(this, request, parent, ...rest);
  };
  net.Socket.prototype.connect = function (...args) {
    attempted.push(JSON.stringify(args[0]));
    throw new Error('network disabled by scripts/electronegativity.mjs');
  };
  return { blocked, attempted };
}

/** The production CSP from src/shared/csp.ts, compiled with Electronegativity's typescript. */
function productionCsp() {
  const ts = engRequire('typescript');
  const source = readFileSync(join(root, 'src', 'shared', 'csp.ts'), 'utf8');
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS } }).outputText;
  const mod = { exports: {} };
  runInNewContext(js, { module: mod, exports: mod.exports });
  return mod.exports.CSP;
}

/**
 * A copy of `dir` to scan, with index.html as the build ships it: the segmentdesk-csp plugin
 * (electron.vite.config.ts) puts the CSP meta tag where `<!--CSP-->` is, in exactly this form
 * (test/e2e/security.spec.ts checks the built page for it). Scanning the placeholder instead
 * would make CSP_GLOBAL_CHECK report "no CSP" rather than evaluate the policy we ship.
 */
function stage(dir) {
  const staged = mkdtempSync(join(tmpdir(), 'segdesk-eng-'));
  cpSync(dir, staged, { recursive: true });
  for (const file of walk(staged).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(file, 'utf8');
    if (!html.includes('<!--CSP-->')) continue;
    writeFileSync(
      file,
      html.replace('<!--CSP-->', `<meta http-equiv="Content-Security-Policy" content="${productionCsp()}" />`),
    );
  }
  return staged;
}

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/**
 * Records what happens to every file Electronegativity lists (its runner silently skips a file
 * it gets no AST for) and every finding, including those an `eng-disable` comment hides.
 */
function instrument() {
  const files = new Map();
  const all = [];
  const { Parser } = engRequire('./dist/parser');
  const parse = Parser.prototype.parse;
  Parser.prototype.parse = function (file, content) {
    files.set(file, 'failed');
    const result = parse.call(this, file, content);
    const data = result[1];
    files.set(
      file,
      data === null ? 'skipped' : data.astParser === this.esLintESTreeAst ? 'typescript-estree' : 'parsed',
    );
    return result;
  };
  const { Finder } = engRequire('./dist/finder');
  const find = Finder.prototype.find;
  Finder.prototype.find = async function (...args) {
    const issues = await find.apply(this, args);
    all.push(...issues);
    return issues;
  };
  return { files, all };
}

/** Electronegativity's own console chatter, kept for the report (minus the translation notice). */
async function quietly(fn) {
  const log = console.log;
  const said = [];
  console.log = (...args) => said.push(args.join(' '));
  try {
    return { value: await fn(), said: said.filter((s) => !s.startsWith('Could not retrieve updated translations')) };
  } finally {
    console.log = log;
  }
}

const RANK = { HIGH: 3, MEDIUM: 2, LOW: 1, INFORMATIONAL: 0 };

function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows
    .map(
      (r) =>
        '  ' +
        r
          .map((c, i) => c.padEnd(widths[i]))
          .join('  ')
          .trimEnd(),
    )
    .join('\n');
}

/** Runs Electronegativity on a staged copy of `input`; paths in the answer are relative to `input`. */
async function scan(input, electronVersion) {
  redirectTypescript();
  const network = blockNetwork();
  const seen = instrument();
  const run = engRequire('./dist/runner.js');
  const staged = stage(input);
  try {
    const { value, said } = await quietly(() =>
      run({ input: staged, isRelative: true, electronVersionOverride: electronVersion, excludeFromScan: EXCLUDED }),
    );
    const rel = (file) => (file === 'N/A' ? file : relative(staged, file));
    const files = [...seen.files].map(([file, outcome]) => ({ file: rel(file), outcome }));
    const errors = value.errors.map((e) => ({ ...e, file: rel(e.file) }));
    const disabled = seen.all.filter((i) => i.visibility?.inlineDisabled).map((i) => ({ ...i, file: rel(i.file) }));
    return { ...value, errors, files, disabled, said, network };
  } finally {
    rmSync(staged, { recursive: true, force: true });
  }
}

function printFiles(r, where) {
  const parsed = r.files.filter((f) => f.outcome === 'parsed' || f.outcome === 'typescript-estree');
  const perExt = new Map();
  for (const f of parsed) perExt.set(extname(f.file), (perExt.get(extname(f.file)) ?? 0) + 1);
  const byExt = [...perExt].map(([ext, n]) => `${n} ${ext}`);
  const fallback = parsed.filter((f) => f.outcome === 'typescript-estree').length;
  const skipped = r.files.filter((f) => f.outcome === 'skipped');
  console.log(
    `files: ${r.files.length} scanned, ${parsed.length} parsed (${byExt.join(', ')}; ${fallback} by typescript-estree after Babel), ` +
      `${r.errors.length} with errors, ${skipped.length} skipped`,
  );
  for (const e of r.errors)
    console.log(`  ${e.tolerable ? 'parse warning' : 'parse/check error'}: ${where(e.file)}: ${e.message}`);
  for (const f of skipped) console.log(`  skipped (no parser for it): ${where(f.file)}`);
  return { parsed: parsed.length, skipped: skipped.length };
}

function printFindings(r, at) {
  const issues = [...r.issues].sort(
    (a, b) => RANK[b.severity.name] - RANK[a.severity.name] || at(a).localeCompare(at(b)),
  );
  console.log(
    `findings: ${Object.keys(RANK)
      .map((s) => `${s} ${issues.filter((i) => i.severity.name === s).length}`)
      .join(' · ')}`,
  );
  const rows = issues.map((i) => [
    i.severity.name,
    i.confidence.name,
    i.id,
    at(i),
    i.manualReview ? 'manual review' : '',
  ]);
  if (rows.length > 0) console.log(table([['severity', 'confidence', 'check', 'where', 'review'], ...rows]));
  for (const i of r.disabled) console.log(`  disabled inline (eng-disable): ${i.id} ${i.severity.name} at ${at(i)}`);
  return issues.filter((i) => RANK[i.severity.name] >= RANK.MEDIUM).length;
}

async function main() {
  const input = resolve(process.argv[2] ?? join(root, 'src'));
  const shown = relative(root, input) || '.';
  const version = (dir) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
  const electronVersion = version(join(root, 'node_modules', 'electron'));
  const r = await scan(input, electronVersion);
  const where = (file) => (file === 'N/A' ? '(whole app)' : join(shown, file));
  const at = (i) => (i.file === 'N/A' ? where(i.file) : `${where(i.file)}:${i.location.line}`);

  console.log(`electronegativity ${version(engDir)} · Electron ${electronVersion} · ${shown}`);
  for (const s of r.said) console.log(`  electronegativity says: ${s}`);
  console.log(
    `checks: ${r.globalChecks + r.atomicChecks} loaded (${r.globalChecks} global, ${r.atomicChecks} atomic); excluded: ${EXCLUDED.join(', ')}`,
  );
  const files = printFiles(r, where);
  const severe = printFindings(r, at);
  const { blocked, attempted } = r.network;
  console.log(
    `network: ${blocked.length} request(s) stubbed out before being made${blocked.map((u) => ` [${u}]`).join('')}; ${attempted.length} connection(s) attempted`,
  );

  const failures = [
    severe > 0 && 'a HIGH or MEDIUM finding',
    r.errors.length > 0 && 'files that could not be parsed or checked',
    files.skipped > 0 && 'files that were not checked',
    files.parsed === 0 && 'no file was parsed',
    attempted.length > 0 && 'a network connection was attempted',
  ].filter(Boolean);
  console.log(
    failures.length === 0
      ? 'electronegativity: ok (no HIGH or MEDIUM finding)'
      : `electronegativity: FAILED: ${failures.join('; ')}`,
  );
  process.exitCode = failures.length === 0 ? 0 : 1;
}

await main();
