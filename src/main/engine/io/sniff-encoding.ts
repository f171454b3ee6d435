import chardet from 'chardet';
import iconv from 'iconv-lite';

import type { Encoding } from '../../../shared/text-formats';

export { ENCODINGS, type Encoding } from '../../../shared/text-formats';

export interface EncodingGuess {
  encoding: Encoding;
  /** Bytes of byte-order mark to skip at the start of the file. */
  bomLength: number;
  /** How it was decided: a BOM, the bytes are valid UTF-8, or a statistical detector. */
  source: 'bom' | 'utf8-valid' | 'detector' | 'fallback';
}

/**
 * Checks that bytes are well-formed UTF-8 (no overlongs, no surrogates, nothing above
 * U+10FFFF). When `truncated` is true, a sequence cut off by the end of the sample is allowed.
 */
export function isValidUtf8(bytes: Uint8Array, truncated = false): boolean {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return false;
    }
    if (i + need >= n) {
      // The sequence runs past the end: only acceptable when the sample was cut there.
      if (!truncated) return false;
      for (let k = i + 1; k < n; k++) if ((bytes[k] & 0xc0) !== 0x80) return false;
      return true;
    }
    let cp = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if ((c & 0xc0) !== 0x80) return false;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return false;
    i += need + 1;
  }
  return true;
}

const DETECTOR_NAMES: Record<string, Encoding> = {
  GB18030: 'gb18030',
  Big5: 'big5',
  Shift_JIS: 'shift_jis',
  'EUC-KR': 'euc-kr',
  'ISO-8859-1': 'windows-1252',
  'windows-1252': 'windows-1252',
  'UTF-16LE': 'utf-16le',
  'UTF-16BE': 'utf-16be',
};

/** A control character other than tab, LF, VT, FF and CR (U+0000–U+0008, U+000E–U+001F). */
function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0x08 || (c >= 0x0e && c <= 0x1f)) return true;
  }
  return false;
}

/** Decodes cleanly: no replacement characters and no control bytes other than tab/CR/LF. */
function decodesCleanly(sample: Uint8Array, encoding: Encoding): boolean {
  const text = iconv.decode(Buffer.from(sample.buffer, sample.byteOffset, sample.byteLength), encoding);
  // Allow one replacement at the very end: the sample may cut a multi-byte character.
  const body = text.slice(0, -2);
  return !body.includes('\uFFFD') && !hasControlCharacter(body);
}

/**
 * Guesses the encoding of a file from its first bytes: a BOM wins; then strict UTF-8 (ASCII
 * included); then a statistical detector (chardet) over GB18030/GBK, Big5, Shift-JIS, EUC-KR
 * and Windows-1252, keeping the first candidate that decodes the sample cleanly. `complete`
 * says whether the sample is the whole file.
 */
export function sniffEncoding(sample: Uint8Array, complete = false): EncodingGuess {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) {
    // A UTF-8 BOM before bytes that are not UTF-8 (a tool that wrote GBK after one): the bytes win.
    const rest = sample.subarray(3);
    if (isValidUtf8(rest, !complete)) return { encoding: 'utf-8', bomLength: 3, source: 'bom' };
    return { ...sniffEncoding(rest, complete), bomLength: 3 };
  }
  if (sample[0] === 0xff && sample[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2, source: 'bom' };
  if (sample[0] === 0xfe && sample[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2, source: 'bom' };
  if (isValidUtf8(sample, !complete)) return { encoding: 'utf-8', bomLength: 0, source: 'utf8-valid' };
  const candidates = chardet
    .analyse(sample)
    .map((m) => DETECTOR_NAMES[m.name])
    .filter((e): e is Encoding => e !== undefined);
  for (const encoding of candidates) {
    if (decodesCleanly(sample, encoding)) return { encoding, bomLength: 0, source: 'detector' };
  }
  return { encoding: decodesCleanly(sample, 'gb18030') ? 'gb18030' : 'windows-1252', bomLength: 0, source: 'fallback' };
}
