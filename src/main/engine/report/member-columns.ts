import type { Table } from 'apache-arrow';
import type { ExportColumn, PersonalKind } from '../../../shared/exports';
import { orderRoleColumns, type RoleMapping } from '../../../shared/roles';
import type { Language } from '../../../shared/schemas';
import { createTranslate } from '../../../shared/i18n';
import { memberFieldLabel, memberFieldStyle, type NumberStyle } from '../../../shared/member-fields';
import { FEATURE_NAMES, type RunResult, type SegmentName } from '../../../shared/segments';
import type { CustomerField } from '../features/customer-table';
import { rowsOfIds } from '../features/customer-table';
import { firstRows, oneValuePerCustomer } from '../features/per-customer-columns';
import { columnArrays, dictionaryTexts } from '../table/column-arrays';
import { KIND_KEY } from '../table/table-data';
import { clvMemberColumn } from './clv-member-columns';
import { detectPersonal } from './mask-personal';
import type { Cell } from './csv-text';
import { headerWithUnit } from './export-number';
import { mapFloat64, mapInt32 } from '../table/map-typed';

/** A column of a members export: what it is, its header in both languages, and its value per member row. */
export interface SourceColumn extends ExportColumn {
  /** How its numbers are written (kind 'number'). */
  style: NumberStyle;
  /** Dates as UTC ms; text as text; numbers exact; null when missing. */
  value(row: number): Cell;
}

const SCORE_LABELS: Record<string, SegmentName> = {
  r: { en: 'R score', 'zh-CN': 'R 评分' },
  f: { en: 'F score', 'zh-CN': 'F 评分' },
  m: { en: 'M score', 'zh-CN': 'M 评分' },
};
const FIXED_LABELS: Record<string, SegmentName> = {
  customerId: { en: 'Customer ID', 'zh-CN': '客户编号' },
  segment: { en: 'Segment', 'zh-CN': '客户分群' },
  notes: { en: 'Notes', 'zh-CN': '备注' },
};
const LANGUAGES: Language[] = ['en', 'zh-CN'];

/** What a column's header says besides its name: the dataset's currency, the CLV run's horizon in months. */
export interface LabelContext {
  currency: string;
  horizon?: number;
}

/**
 * A header in both languages for a column key: a computed field named for people, with its unit
 * where it has one ("Spend (GBP)", "Chance still active (%)"); any other column by its own name.
 */
export function columnLabel(key: string, { currency, horizon }: LabelContext): SegmentName {
  const fixed = FIXED_LABELS[key] ?? SCORE_LABELS[key];
  if (fixed) return fixed;
  const named = (lang: Language) => {
    const t = createTranslate(lang);
    return headerWithUnit(memberFieldLabel(key, lang, t, horizon) ?? key, memberFieldStyle(key), currency, t);
  };
  return Object.fromEntries(LANGUAGES.map((lang) => [lang, named(lang)])) as SegmentName;
}

/** A date column whose values all fall on midnight UTC is a calendar date; else it has times. */
function dateKind(values: ArrayLike<number>): 'date' | 'datetime' {
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === v && v % 86_400_000 !== 0) return 'datetime';
  }
  return 'date';
}

export function numberColumn(
  key: string,
  group: ExportColumn['group'],
  values: Float64Array,
  isDate: boolean,
  standard: boolean,
  label: SegmentName,
  rowOf?: Int32Array,
): SourceColumn {
  const at = rowOf ? (row: number) => (rowOf[row] < 0 ? Number.NaN : values[rowOf[row]]) : (row: number) => values[row];
  const seen = rowOf ? mapFloat64(rowOf, (r) => (r < 0 ? Number.NaN : values[r])) : values;
  return {
    key,
    group,
    kind: isDate ? dateKind(seen) : 'number',
    // A phone number read as a number (13812345678) is told by its header.
    personal: group === 'attribute' ? detectPersonal(key, []) : null,
    standard,
    label,
    // The user's own columns are written as imported; the app's computed ones in their style.
    style: group === 'attribute' ? 'number' : memberFieldStyle(key),
    value: (row) => {
      const v = at(row);
      return v === v ? v : null;
    },
  };
}

export function textColumn(
  key: string,
  group: ExportColumn['group'],
  text: (row: number) => string | null,
  n: number,
  standard: boolean,
  label: SegmentName,
): SourceColumn {
  const sample: string[] = [];
  for (let i = 0; i < n && sample.length < 200; i++) {
    const v = text(i);
    if (v) sample.push(v);
  }
  return {
    key,
    group,
    kind: 'text',
    personal: group === 'attribute' || group === 'id' ? detectPersonal(group === 'id' ? '' : key, sample) : null,
    standard,
    label,
    style: 'number',
    value: text,
  };
}

export interface MemberColumnsInput {
  /** The run's per-customer columns: customerId, segment, the model's values. */
  members: Table;
  result: RunResult;
  notes: Record<string, string>;
  lang: Language;
  /** The dataset's currency (ISO 4217), named in the money columns' headers. */
  currency: string;
  /** Customer features (recency, spend …) for the same customers by id, when the run's own columns lack them. */
  features: { ids: readonly string[]; fields: CustomerField[] } | null;
  /** The customers table whose columns join on customer id (the run's own customers dataset, or the one linked to its transactions). */
  attributes: { table: Table; roles: RoleMapping } | null;
  /** The run's transactions: their columns that hold one value per customer (name, e-mail, city) are offered too. */
  transactions?: { table: Table; roles: RoleMapping } | null;
}

/**
 * Every column a run's members can be exported with, in order: customer id, segment, the run's own
 * values (scores, features, the fields its rules test), further customer features, the linked
 * customers' columns (personal data detected), and the segment's notes. The standard selection is
 * the first three groups.
 */
export function memberColumns(input: MemberColumnsInput): SourceColumn[] {
  const { members, result, notes, lang } = input;
  const n = members.numRows;
  const idVector = members.getChild('customerId')!;
  const ids: string[] = Array.from({ length: n }, (_, i) => String(idVector.get(i)));
  const segmentValues = columnArrays(
    members,
    members.schema.fields.findIndex((f) => f.name === 'segment'),
  );
  const segmentOf = segmentValues.type === 'number' ? segmentValues.values : new Float64Array(n);
  const segmentName = (row: number) => result.segments[segmentOf[row]]?.name[lang] ?? null;
  const context: LabelContext = { currency: input.currency, horizon: result.clv?.settings.horizon };
  const label = (key: string) => columnLabel(key, context);
  const columns: SourceColumn[] = [
    textColumn('customerId', 'id', (row) => ids[row], n, true, label('customerId')),
    textColumn('segment', 'segment', segmentName, 0, true, label('segment')),
  ];
  const taken = new Set(['customerId', 'segment', 'notes']);
  members.schema.fields.forEach((field, index) => {
    if (taken.has(field.name)) return;
    const arrays = columnArrays(members, index);
    if (arrays.type !== 'number') return;
    const kind = field.metadata.get(KIND_KEY);
    taken.add(field.name);
    const isDate = kind === 'date' || kind === 'datetime';
    const column = numberColumn(field.name, 'model', arrays.values, isDate, true, label(field.name));
    columns.push(result.clv ? clvMemberColumn(column, lang, result.clv.settings.horizon) : column);
  });
  if (input.features) {
    const rowOf = rowsByIds(input.features.ids, ids);
    for (const f of input.features.fields) {
      if (taken.has(f.name) || f.kind === 'category' || f.name.startsWith('share: ') || !FEATURE_NAMES[f.name])
        continue;
      taken.add(f.name);
      columns.push(numberColumn(f.name, 'feature', f.values, f.kind === 'date', false, label(f.name), rowOf));
    }
  }
  if (input.attributes)
    columns.push(...attributeColumns(input.attributes.table, input.attributes.roles, ids, taken, false));
  if (input.transactions)
    columns.push(...attributeColumns(input.transactions.table, input.transactions.roles, ids, taken, true));
  columns.push(
    textColumn(
      'notes',
      'notes',
      (row) => notes[result.segments[segmentOf[row]]?.key ?? ''] ?? null,
      0,
      false,
      label('notes'),
    ),
  );
  return columns;
}

/** For each member, its row in a list of ids (-1 when absent). */
function rowsByIds(source: readonly string[], ids: readonly string[]): Int32Array {
  const index = new Map<string, number>();
  source.forEach((id, i) => index.set(id, i));
  return mapInt32(ids, (id) => index.get(id) ?? -1);
}

/**
 * Whether a column holds one value per customer (`oneValuePerCustomer`, as rules and clustering
 * decide it). Such a column is exported with each customer's value on its first row in the file.
 */
function constantPerCustomer(table: Table, idColumn: string, index: number): boolean {
  const ids = columnArrays(
    table,
    table.schema.fields.findIndex((f) => f.name === idColumn),
  );
  if (ids.type !== 'dictionary') return false;
  const first = firstRows(ids.codes, ids.dictionary.size, null);
  return oneValuePerCustomer(table, index, ids.codes, first) !== null;
}

/** The personal data a contact role says a column holds (a phone column headed "reach" is still a phone). */
const ROLE_PERSONAL: Partial<Record<string, PersonalKind>> = {
  email: 'email',
  phone: 'phone',
  firstName: 'name',
  lastName: 'name',
  fullName: 'name',
};

function withRolePersonal(column: SourceColumn, roles: RoleMapping): SourceColumn {
  const role = (Object.keys(roles) as (keyof RoleMapping)[]).find((r) => roles[r] === column.key && ROLE_PERSONAL[r]);
  return role ? { ...column, personal: ROLE_PERSONAL[role]! } : column;
}

/**
 * A customers table's columns (all but its id and the import's flags) for each member, by customer
 * id; of a transactions table (`perCustomer`) only the columns without an order role (contact columns count as unmapped) that hold one value per customer.
 */
export function attributeColumns(
  table: Table,
  roles: RoleMapping,
  ids: readonly string[],
  taken: Set<string>,
  perCustomer: boolean,
  rowOf = rowsOfIds(table, roles.customerId, ids),
): SourceColumn[] {
  const mapped = orderRoleColumns(roles);
  const out: SourceColumn[] = [];
  const push = (column: SourceColumn) => out.push(withRolePersonal(column, roles));
  table.schema.fields.forEach((field, index) => {
    const kind = field.metadata.get(KIND_KEY);
    if (field.name === roles.customerId || kind === 'flags' || taken.has(field.name)) return;
    if (perCustomer && (mapped.has(field.name) || !constantPerCustomer(table, roles.customerId!, index))) return;
    taken.add(field.name);
    // The user's own columns keep their own names.
    const own: SegmentName = { en: field.name, 'zh-CN': field.name };
    const arrays = columnArrays(table, index);
    if (arrays.type === 'number') {
      const isDate = kind === 'date' || kind === 'datetime';
      push(numberColumn(field.name, 'attribute', arrays.values, isDate, false, own, rowOf));
    } else if (arrays.type === 'dictionary') {
      const texts = dictionaryTexts(arrays.dictionary);
      const { codes } = arrays;
      push(
        textColumn(
          field.name,
          'attribute',
          (row) => (rowOf[row] < 0 || codes[rowOf[row]] < 0 ? null : texts[codes[rowOf[row]]]),
          ids.length,
          false,
          own,
        ),
      );
    } else {
      const vector = table.getChildAt(index)!;
      push(
        textColumn(
          field.name,
          'attribute',
          (row) => {
            const v = rowOf[row] < 0 ? null : vector.get(rowOf[row]);
            return v === null || v === undefined ? null : String(v);
          },
          ids.length,
          false,
          own,
        ),
      );
    }
  });
  return out;
}
