import { readFileSync, statSync } from 'node:fs';
import { AppError } from '../../shared/errors';
import { LOGO_MAX_BYTES } from '../../shared/exports';

/** An SVG document: after any BOM, XML declaration, comments and doctype, an <svg> element. */
const SVG_START = /^\uFEFF?\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<svg[\s>]/i;

/** The image type of a logo's bytes (by their content, not the file's name); null when it is none of PNG, JPEG, SVG. */
export function logoType(bytes: Buffer): 'png' | 'jpeg' | 'svg+xml' | null {
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (SVG_START.test(bytes.subarray(0, 4096).toString('utf8'))) return 'svg+xml';
  return null;
}

/**
 * A logo file (chosen in a dialog) as a data: URI to embed in a report: a PNG, JPEG or SVG of at
 * most 512 KB, told by its content; anything else is E_BAD_LOGO. (An SVG embedded as an image
 * runs no script and loads nothing.)
 */
export function readLogo(path: string): string {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new AppError('E_FILE_NOT_FOUND', `No file at ${path}`, { path });
  }
  if (size > LOGO_MAX_BYTES)
    throw new AppError('E_BAD_LOGO', `The logo is ${size} bytes; a logo may be at most ${LOGO_MAX_BYTES} bytes`, {
      size,
    });
  const bytes = readFileSync(path);
  const type = logoType(bytes);
  if (!type) throw new AppError('E_BAD_LOGO', 'The logo is not a PNG, JPEG or SVG image');
  return `data:image/${type};base64,${bytes.toString('base64')}`;
}
