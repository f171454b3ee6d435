import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { unpackedRoot } from '../store/native-binding';

interface FontSubset {
  family: string;
  weight: number;
  /** The woff2 file (absolute). */
  file: string;
  /** [first, last] code point ranges. */
  ranges: [number, number][];
  /** The unicode-range descriptor as written. */
  descriptor: string;
}

/**
 * The fonts a report embeds: Noto Sans for Latin text (its own apostrophes and quotes, never a
 * CJK font's full-width ones), regular and bold, and Noto Sans SC (regular) for Chinese. Only
 * the Latin subsets of Noto Sans: other scripts fall through to Noto Sans SC.
 */
const FACES: { pkg: string; family: string; weight: number; subsets?: RegExp }[] = [
  { pkg: '@fontsource/noto-sans/400.css', family: 'Noto Sans', weight: 400, subsets: /-latin(-ext)?-400-/ },
  { pkg: '@fontsource/noto-sans/700.css', family: 'Noto Sans', weight: 700, subsets: /-latin(-ext)?-700-/ },
  { pkg: '@fontsource/noto-sans-sc/400.css', family: 'Noto Sans SC', weight: 400 },
];

/** Finds a file of a package (`@fontsource/noto-sans/400.css`) as an absolute path. */
type ResolvePackage = (specifier: string) => string;

/** From this module, as the worker's own require does. */
const resolveHere: ResolvePackage = (specifier) => createRequire(import.meta.url).resolve(specifier);

/** The subsets (woff2 files, each a range of code points) of one @fontsource stylesheet. */
function readSubsets(
  face: (typeof FACES)[number],
  resolvePackage: ResolvePackage,
): { css: string; subsets: FontSubset[] } {
  // Installed, the font files are unpacked beside app.asar (electron-builder.json's asarUnpack).
  const css = unpackedRoot(resolvePackage(face.pkg));
  const dir = dirname(css);
  const subsets: FontSubset[] = [];
  for (const block of readFileSync(css, 'utf8').split('@font-face').slice(1)) {
    const file = /url\(\.\/(files\/[^)]+\.woff2)\)/.exec(block)?.[1];
    const descriptor = /unicode-range:\s*([^;]+);/.exec(block)?.[1]?.trim();
    if (!file || !descriptor || (face.subsets && !face.subsets.test(file))) continue;
    const ranges = descriptor.split(',').map((part): [number, number] => {
      const [a, b] = part.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(a, 16), parseInt(b ?? a, 16)];
    });
    subsets.push({ family: face.family, weight: face.weight, file: join(dir, file), ranges, descriptor });
  }
  return { css, subsets };
}

/**
 * @font-face rules that embed (as data: URLs) only the font subsets the text uses, so a report
 * stays standalone, prints the same on any machine, and stays small: a Chinese report takes a
 * few hundred kB of font, not 4 MB.
 */
export function fontFaceCss(text: string): string {
  const used = new Set<number>();
  for (const ch of text) used.add(ch.codePointAt(0)!);
  const points = [...used];
  return FACES.flatMap((face) => {
    const loaded = readSubsets(face, resolveHere);
    return loaded.subsets
      .filter((s) => points.some((p) => s.ranges.some(([a, b]) => p >= a && p <= b)))
      .map((s) => {
        const data = readFileSync(s.file).toString('base64');
        return `@font-face{font-family:'${s.family}';font-style:normal;font-weight:${s.weight};font-display:block;src:url(data:font/woff2;base64,${data}) format('woff2');unicode-range:${s.descriptor};}`;
      });
  }).join('\n');
}

/**
 * Every font file a report may read, as absolute paths found the way fontFaceCss finds them:
 * the stylesheets and all their subsets. The installer must ship each, unpacked from asar; the
 * test of that (test/unit/main/packaging.test.ts) resolves the packages as in an installed app.
 */
export function reportFontFiles(resolvePackage: ResolvePackage = resolveHere): string[] {
  return FACES.flatMap((face) => {
    const { css, subsets } = readSubsets(face, resolvePackage);
    return [css, ...subsets.map((s) => s.file)];
  });
}
