import { DelimitedScanner, type Separator } from './scan-delimited';

import { DELIMITERS, type Delimiter } from '../../../shared/text-formats';

export { DELIMITERS, type Delimiter } from '../../../shared/text-formats';

export function separatorOf(delimiter: Delimiter): Separator {
  return delimiter === 'whitespace' ? 'whitespace' : delimiter.charCodeAt(0);
}

interface Score {
  delimiter: Delimiter;
  /** The most common number of fields per record. */
  fields: number;
  /** Share of records with exactly that many fields. */
  consistency: number;
}

function score(sample: Uint8Array, delimiter: Delimiter, maxRecords: number): Score {
  const counts = new Map<number, number>();
  let records = 0;
  const scanner = new DelimitedScanner(separatorOf(delimiter), {
    record(_b, _s, _e, _f, count) {
      if (records >= maxRecords) return;
      records++;
      counts.set(count, (counts.get(count) ?? 0) + 1);
    },
  });
  try {
    scanner.push(sample);
  } catch {
    return { delimiter, fields: 0, consistency: 0 };
  }
  try {
    scanner.end();
  } catch {
    // The sample ends inside a quoted cell (one with line breaks, cut by the sample's end): the records before it count.
  }
  let fields = 0;
  let best = 0;
  for (const [f, c] of counts) {
    if (c > best || (c === best && f > fields)) {
      fields = f;
      best = c;
    }
  }
  return { delimiter, fields, consistency: records ? best / records : 0 };
}

/**
 * Picks the delimiter that splits the first records of the sample into the same number
 * (> 1) of fields most consistently; ties go to the one with more fields, in the order
 * , ; tab |. Runs of whitespace are chosen only when no single character works.
 */
export function sniffDelimiter(sample: Uint8Array, maxRecords = 100): Delimiter {
  // The first lines that can hold maxRecords records (quoted line breaks aside: then fewer are
  // scored), without a record cut off by the end of the sample.
  let lines = 0;
  let cut = -1;
  for (let at = sample.indexOf(10); at !== -1 && lines <= maxRecords; at = sample.indexOf(10, at + 1)) {
    lines++;
    cut = at;
  }
  const lastNewline = lines > maxRecords ? cut : sample.lastIndexOf(10);
  const body = lastNewline > 0 && lastNewline < sample.length - 1 ? sample.subarray(0, lastNewline + 1) : sample;
  const single = (DELIMITERS.filter((d) => d !== 'whitespace') as Delimiter[]).map((d) => score(body, d, maxRecords));
  const good = single.filter((s) => s.fields > 1 && s.consistency >= 0.9);
  if (good.length > 0) {
    good.sort((a, b) => b.consistency - a.consistency || b.fields - a.fields);
    return good[0].delimiter;
  }
  const ws = score(body, 'whitespace', maxRecords);
  if (ws.fields > 1 && ws.consistency >= 0.9) return 'whitespace';
  const any = single.filter((s) => s.fields > 1).sort((a, b) => b.consistency - a.consistency || b.fields - a.fields);
  return any[0]?.delimiter ?? ',';
}
