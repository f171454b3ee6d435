import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/paths';

/** A PDF page drawn in grey (pdftoppm, PGM): its width, height and one byte a pixel, row by row. */
interface GreyPage {
  width: number;
  height: number;
  pixels: Buffer;
}

function readPgm(file: string): GreyPage {
  const bytes = readFileSync(file);
  // "P5\n<width> <height>\n255\n" then the pixels.
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(bytes.subarray(0, 40).toString('latin1'))!;
  const width = Number(header[1]);
  const height = Number(header[2]);
  return { width, height, pixels: bytes.subarray(header[0].length) };
}

/**
 * How full each page of a PDF is: the share of the page's text area (between the report's top
 * margin of 16 mm and its bottom margin of 18 mm, where the footer sits) down to its last inked
 * row. Drawn at 30 dpi in grey; a row is inked when a pixel is darker than 200 of 255.
 */
export function pageFills(pdf: string): number[] {
  const dir = tempDir('segdesk-fill-');
  execFileSync('pdftoppm', ['-r', '30', '-gray', pdf, join(dir, 'p')]);
  return readdirSync(dir)
    .sort()
    .map((f) => {
      const { width, height, pixels } = readPgm(join(dir, f));
      const mm = height / 297; // A4 (the tests print A4)
      const top = Math.round(16 * mm);
      const bottom = Math.round(height - 18 * mm);
      let last = top;
      for (let y = top; y < bottom; y++) {
        const row = pixels.subarray(y * width, (y + 1) * width);
        if (row.some((v) => v < 200)) last = y;
      }
      return (last - top) / (bottom - top);
    });
}

/**
 * The text of each page of a PDF, page 1 first, without any white space: pdftotext breaks a line
 * where Latin and Chinese fonts meet, so words are looked for without spaces (`squash` them too).
 */
export function pageTexts(pdf: string): string[] {
  const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
  return text.split('\f').slice(0, -1).map(squash);
}

export const squash = (text: string) => text.replace(/\s+/g, '');
