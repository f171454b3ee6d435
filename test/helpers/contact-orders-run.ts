import { join } from 'node:path';
import type { WorkspaceService } from '../../src/main/workspace/workspace-service';
import type { ExportPreset } from '../../src/shared/presets';
import type { RunResult } from '../../src/shared/segments';
import { contactOrders, type ContactFacts } from './contact-orders';
import { RFM_ELEVEN } from './orders-rfm-run';

/** A member of the run as the test reads it from the run's members table: id, segment index, spend. */
export interface RunMember {
  id: string;
  segment: number;
  monetary: number;
  facts: ContactFacts;
}

/**
 * A workspace in `dir` with the contact-orders file imported (its contact columns named) and one
 * RFM run of it (11 segments, analysis date 2025-01-01), with the run's members in member order.
 */
export async function contactOrdersRun(service: WorkspaceService, dir: string) {
  const data = contactOrders();
  await service.createAt(join(dir, 'contacts.segdesk'));
  const dataset = await service.importFile(data.file, {
    kind: 'transactions',
    roles: {
      customerId: 'customer_id',
      orderDate: 'order_date',
      amount: 'amount',
      email: 'email',
      phone: 'phone',
      firstName: 'first_name',
      lastName: 'last_name',
      country: 'country',
      category: 'category',
    },
  });
  const { run, result } = await service.createRun(dataset.id, { ...RFM_ELEVEN, analysisDate: '2025-01-01' });
  const table = service.runMembers(run.id);
  const members: RunMember[] = [];
  for (let i = 0; i < table.numRows; i++) {
    const id = String(table.getChild('customerId')!.get(i));
    const facts = data.customers.get(id);
    if (!facts) throw new Error(`contactOrdersRun: member ${id} is not in the file`);
    members.push({
      id,
      segment: table.getChild('segment')!.get(i) as number,
      monetary: table.getChild('monetary')!.get(i) as number,
      facts,
    });
  }
  return { data, dataset, run, result: result as RunResult, members };
}

/**
 * The members a preset keeps, computed here from the facts: those of `segments` with an identifier
 * (`key` null: no contact), of those sharing one the highest spender (ties: the first in member
 * order). The kept ones in member order, and how many had no contact and how many were duplicates.
 */
export function expectedKept(
  members: readonly RunMember[],
  segments: ReadonlySet<number>,
  key: (f: ContactFacts) => string | null,
  leftOut: (m: RunMember) => boolean = () => false,
) {
  const chosen = members.filter((m) => segments.has(m.segment) && !leftOut(m));
  const best = new Map<string, RunMember>();
  let noContact = 0;
  for (const m of chosen) {
    const k = key(m.facts);
    if (k === null) noContact++;
    else if (!best.has(k) || m.monetary > best.get(k)!.monetary) best.set(k, m);
  }
  const kept = chosen.filter((m) => {
    const k = key(m.facts);
    return k !== null && best.get(k) === m;
  });
  return { chosen: chosen.length, kept, noContact, duplicate: chosen.length - noContact - kept.length };
}

/** What each preset de-duplicates by, from the facts (null: the customer lacks it). */
export const PRESET_KEY: Record<ExportPreset, (f: ContactFacts) => string | null> = {
  mailchimp: (f) => f.email,
  shopify: (f) => f.email,
  klaviyo: (f) => f.email ?? f.phone,
  meta: (f) => f.email ?? f.phone,
  googleAds: (f) => f.googleEmail ?? f.phone,
  sms: (f) => f.phone,
  chinaTags: (f) => f.phone,
};

/** A preset's options with the schema's defaults: all segments, nothing left out, in English. */
export function presetDefaults(preset: ExportPreset) {
  return {
    preset,
    excludeSegments: [],
    properties: [],
    mask: [],
    encoding: 'utf8' as const,
    droppedFile: false,
    lang: 'en' as const,
  };
}
