import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContactFacts } from '../helpers/contact-orders';
import { tempDir } from '../helpers/paths';
import type { AppHarness } from './harness';

/**
 * SHA-256 (hex) of each text as `sha256sum` computes it — one shell reads the texts a line each
 * and hashes each without its newline — so the test's hashes come from outside the app.
 */
export function sha256sumAll(texts: readonly string[]): Map<string, string> {
  const unique = [...new Set(texts)];
  const file = join(tempDir('segdesk-sha-'), 'texts.txt');
  writeFileSync(file, `${unique.join('\n')}\n`);
  const out = execFileSync(
    'sh',
    ['-c', 'while IFS= read -r line; do printf "%s" "$line" | sha256sum | cut -d" " -f1; done < "$1"', 'sh', file],
    { encoding: 'utf8', maxBuffer: 64 << 20 },
  );
  const hashes = out.trim().split('\n');
  if (hashes.length !== unique.length) throw new Error('sha256sum: one hash per text expected');
  return new Map(unique.map((t, i) => [t, hashes[i]]));
}

/** The ids of a run's members in one segment (by its index), in member order. */
export function segmentMembers(app: AppHarness, runId: number, segment: number): string[] {
  const members = app.service.runMembers(runId);
  const ids = members.getChild('customerId')!;
  const segments = members.getChild('segment')!;
  const out: string[] = [];
  for (let i = 0; i < members.numRows; i++) if (segments.get(i) === segment) out.push(String(ids.get(i)));
  return out;
}

/** Who a preset writes of `members` by the vendor's rules, counted: the identifier, then the best spender of those sharing one. */
export interface Expected {
  written: ContactFacts[];
  noContact: number;
  duplicate: number;
}

/**
 * The customers written and dropped, from the helper's facts: a customer without the identifier is
 * dropped (no contact); of those sharing one, the one with the highest spend is written (ties: the
 * first in member order) and the others are duplicates.
 */
export function expectedList(
  members: readonly string[],
  facts: ReadonlyMap<string, ContactFacts>,
  identity: (f: ContactFacts) => string | null,
): Expected {
  const best = new Map<string, ContactFacts>();
  let noContact = 0;
  let withId = 0;
  for (const id of members) {
    const f = facts.get(id)!;
    const key = identity(f);
    if (key === null) {
      noContact++;
      continue;
    }
    withId++;
    const held = best.get(key);
    if (!held || f.spend > held.spend) best.set(key, f);
  }
  return { written: [...best.values()], noContact, duplicate: withId - best.size };
}

/** A CSV file's lines (no BOM expected), each split at its commas (the values hold none). */
export const csvRows = (text: string) =>
  text
    .replace(/\r?\n$/, '')
    .split(/\r?\n/)
    .map((l) => l.split(','));
