import { CONTACT_FIELDS, type ContactField } from '../../../shared/presets';
import type { Cell } from '../report/csv-text';
import { exportNumber } from '../report/export-number';
import type { SourceColumn } from '../report/member-columns';
import type { MemberContacts } from './member-contacts';
import type { ContactRow } from './presets';

export interface ContactRowsInput {
  ids: readonly string[];
  segmentOf: ArrayLike<number>;
  /** The segments' names in the export's language (the tags). */
  segmentNames: readonly string[];
  contacts: MemberContacts;
  /** Klaviyo's custom properties: member columns, each with the header it is written under. */
  properties: readonly { header: string; column: SourceColumn }[];
  /** The dataset's currency (ISO 4217): money is written in its decimals. */
  currency: string;
}

/** A property's value as a CSV cell: dates as ISO dates, numbers rounded as their column says. */
function propertyValue(column: SourceColumn, row: number, currency: string): string | number | null {
  const v: Cell = column.value(row);
  if (v === null || typeof v === 'string') return v;
  if (column.kind === 'date' || column.kind === 'datetime') {
    // A day beyond what a Date holds (±273,790 years) is written as nothing rather than stopping the export.
    const day = new Date(v);
    if (Number.isNaN(day.getTime())) return null;
    const iso = day.toISOString();
    return column.kind === 'date' ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
  }
  return exportNumber(v, column.style, currency, 'csv');
}

/** Each member as a preset writes it: id, segment name, the contact values the data has, the chosen properties. */
export function contactRows(input: ContactRowsInput): (row: number) => ContactRow {
  const fields = CONTACT_FIELDS.filter((f) => input.contacts.columns[f] !== undefined);
  return (row) => {
    const values: Partial<Record<ContactField, string>> = {};
    for (const f of fields) {
      const v = input.contacts.value(f, row);
      if (v !== null) values[f] = v;
    }
    return {
      customerId: input.ids[row],
      segment: input.segmentNames[input.segmentOf[row]] ?? '',
      values,
      properties: input.properties.map((p) => ({
        header: p.header,
        value: propertyValue(p.column, row, input.currency),
      })),
    };
  };
}
