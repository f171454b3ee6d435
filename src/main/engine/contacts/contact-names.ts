import type { ContactField } from '../../../shared/presets';

type Values = Partial<Record<ContactField, string>>;

const HAN = /^[\p{Script=Han}·]+$/u;

/** Two-character Chinese surnames: the name's first two characters are the surname. */
const COMPOUND_SURNAMES = new Set([
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '长孙',
  '宇文',
  '司徒',
  '夏侯',
  '轩辕',
  '令狐',
  '端木',
  '独孤',
  '南宫',
  '西门',
  '百里',
  '呼延',
  '澹台',
  '公冶',
  '太史',
  '申屠',
  '钟离',
  '闻人',
  '赫连',
  '万俟',
  '司空',
]);

/**
 * A full name split into first and last name: a Chinese name written in Han characters ("张伟",
 * "欧阳娜娜", "张 伟") gives its surname (the first character, or two for a compound surname such as
 * 欧阳) as the last name and the rest as the first name; a foreign name in Chinese splits at its
 * middle dot ("约翰·史密斯" → 约翰 + 史密斯); any other name gives its last word
 * as the last name and the words before it as the first name ("Mary Ann Smith" → "Mary Ann" +
 * "Smith"); a single word is a first name only.
 */
export function splitFullName(full: string): { first: string | null; last: string | null } {
  const name = full.trim().replace(/\s+/g, ' ');
  if (name === '') return { first: null, last: null };
  const han = name.replace(/ /g, '');
  if (HAN.test(han)) {
    // A foreign name in Chinese ("约翰·史密斯"): given name, middle dot, family name.
    const dot = han.lastIndexOf('·');
    if (dot > 0 && dot < han.length - 1) return { first: han.slice(0, dot), last: han.slice(dot + 1) };
    const chars = Array.from(han);
    if (chars.length === 1) return { first: null, last: name };
    const surname = chars.length >= 3 && COMPOUND_SURNAMES.has(chars.slice(0, 2).join('')) ? 2 : 1;
    return { first: chars.slice(surname).join(''), last: chars.slice(0, surname).join('') };
  }
  const words = name.split(' ');
  if (words.length === 1) return { first: name, last: null };
  return { first: words.slice(0, -1).join(' '), last: words[words.length - 1] };
}

/** The first and last name: the fields when either is there, else split from the full name. */
export function firstAndLast(values: Values): { first: string | null; last: string | null } {
  const first = values.firstName?.trim() || null;
  const last = values.lastName?.trim() || null;
  if (first || last) return { first, last };
  return splitFullName(values.fullName ?? '');
}

/**
 * The name to address a customer by: the full name when there is one; else the last and first name
 * together, surname first without a space when both are Chinese ("张" + "伟" → "张伟"), else
 * "First Last".
 */
export function displayName(values: Values): string | null {
  const full = values.fullName?.trim().replace(/\s+/g, ' ');
  if (full) return full;
  const first = values.firstName?.trim() ?? '';
  const last = values.lastName?.trim() ?? '';
  if (first && last && HAN.test(first) && HAN.test(last)) return `${last}${first}`;
  return [first, last].filter((s) => s !== '').join(' ') || null;
}
