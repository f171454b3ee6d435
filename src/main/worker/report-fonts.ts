import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { unpackedRoot } from '../store/native-binding';

interface FontSubset {
  file: string;
  /** [first, last] code point ranges. */
  ranges: [number, number][];
  /** The unicode-range descriptor as written. */
  descriptor: string;
}

/** The weight-400 subsets of @fontsource/noto-sans-sc (about 100 woff2 files, each a range of code points). */
function readSubsets(): { dir: string; subsets: FontSubset[] } {
  // Installed, the font files are unpacked beside app.asar (electron-builder.json's asarUnpack).
  const css = unpackedRoot(createRequire(import.meta.url).resolve('@fontsource/noto-sans-sc/400.css'));
  const dir = dirname(css);
  const subsets: FontSubset[] = [];
  for (const block of readFileSync(css, 'utf8').split('@font-face').slice(1)) {
    const file = /url\(\.\/(files\/[^)]+\.woff2)\)/.exec(block)?.[1];
    const descriptor = /unicode-range:\s*([^;]+);/.exec(block)?.[1]?.trim();
    if (!file || !descriptor) continue;
    const ranges = descriptor.split(',').map((part): [number, number] => {
      const [a, b] = part.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(a, 16), parseInt(b ?? a, 16)];
    });
    subsets.push({ file, ranges, descriptor });
  }
  return { dir, subsets };
}

/**
 * @font-face rules that embed (as data: URLs) only the Noto Sans SC subsets the text uses, so
 * a report stays standalone and small: a Chinese report takes a few hundred kB of font, not 4 MB.
 */
export function fontFaceCss(text: string): string {
  const loaded = readSubsets();
  const used = new Set<number>();
  for (const ch of text) used.add(ch.codePointAt(0)!);
  const points = [...used];
  return loaded.subsets
    .filter((s) => points.some((p) => s.ranges.some(([a, b]) => p >= a && p <= b)))
    .map((s) => {
      const data = readFileSync(join(loaded.dir, s.file)).toString('base64');
      return `@font-face{font-family:'Noto Sans SC';font-style:normal;font-weight:400;font-display:block;src:url(data:font/woff2;base64,${data}) format('woff2');unicode-range:${s.descriptor};}`;
    })
    .join('\n');
}
