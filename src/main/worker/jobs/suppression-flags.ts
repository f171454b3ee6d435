import { matchFileRows } from '../../engine/contacts/match-file';
import { prepareDataset } from '../../engine/io/prepare-dataset';
import { readTable } from '../../engine/io/read-table';
import type { PresetSource } from './preset-source';

/**
 * A suppression file (customer ids, e-mails or phones, as the importer reads any file) matched to
 * the run's members: 1 for each member it names, and how many of its rows named nobody.
 */
export async function suppressionFlags(
  file: string,
  source: Pick<PresetSource, 'members' | 'contacts'>,
  defaultCountry: string | null,
): Promise<{ flags: Uint8Array; unmatched: number }> {
  const raw = await readTable(file);
  const { parsed } = prepareDataset(raw, { now: Date.now(), fallbackCurrency: 'USD', allowMissingRoles: true });
  const { ids } = source.members;
  const match = matchFileRows(parsed, { ids, contacts: source.contacts, defaultCountry });
  const flags = new Uint8Array(ids.length);
  for (const row of match.rows) if (row >= 0) flags[row] = 1;
  return { flags, unmatched: match.unmatched };
}
