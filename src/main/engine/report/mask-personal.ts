import type { PersonalKind } from '../../../shared/exports';

const HEADER_HINTS: [RegExp, PersonalKind][] = [
  [/e-?mail|邮箱|邮件/i, 'email'],
  [/phone|mobile|\btel\b|\bcell\b|电话|手机|联系方式/i, 'phone'],
  [
    /^(first|last|full|given|family|sur|customer|contact|nick|user)?[\s_-]?name$|姓名|名字|收货人|联系人|客户名称?$|昵称/i,
    'name',
  ],
];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[\d\s().-]{7,20}$/;

/**
 * Whether a column holds personal data — names, phone numbers, e-mail addresses — from its
 * header (English and Chinese) or, for e-mail and phone numbers, from most of its values.
 */
export function detectPersonal(header: string, sample: readonly string[]): PersonalKind | null {
  for (const [re, kind] of HEADER_HINTS) if (re.test(header.trim())) return kind;
  return personalValues(sample);
}

/**
 * Whether most (80 %) of a column's filled values are e-mail addresses or phone numbers (a number
 * with separators or a plus, or of ten digits or more). The masking and the role suggestion at
 * import both judge values by this.
 */
export function personalValues(sample: readonly string[]): 'email' | 'phone' | null {
  const values = sample.filter((v) => v.trim() !== '');
  if (values.length === 0) return null;
  const most = (re: RegExp) => values.filter((v) => re.test(v.trim())).length >= values.length * 0.8;
  if (most(EMAIL)) return 'email';
  if (most(PHONE) && values.some((v) => /[\s()+-]/.test(v) || v.replace(/\D/g, '').length >= 10)) return 'phone';
  return null;
}

/** How to mask a value of a column not known to hold personal data (one the user chose): an e-mail address, a number, or a name. */
export function guessPersonal(text: string): PersonalKind {
  if (EMAIL.test(text.trim())) return 'email';
  return text.replace(/\D/g, '').length >= 4 ? 'phone' : 'name';
}

/**
 * Masks a personal value: a name keeps its first letter per word (张** · J*** S****), a phone
 * number its first three and last four digits (138****5678; short numbers only the last two),
 * an e-mail address the first letter of its local part and its domain (j***@example.com).
 */
export function maskValue(kind: PersonalKind, text: string): string {
  if (text === '') return text;
  if (kind === 'email') {
    const at = text.lastIndexOf('@');
    if (at > 0) return `${Array.from(text.slice(0, at))[0]}***${text.slice(at)}`;
    return maskValue('name', text);
  }
  if (kind === 'phone') {
    const digits = text.replace(/\D/g, '').length;
    // Too few digits to hide anything by digits: masked as a name.
    if (digits < 4) return maskValue('name', text);
    const keepHead = digits >= 10 ? 3 : 0;
    const keepTail = digits >= 7 ? 4 : 2;
    let seen = 0;
    return text.replace(/\d/g, (d) => {
      seen++;
      return seen <= keepHead || seen > digits - keepTail ? d : '*';
    });
  }
  return text
    .split(/(\s+)/)
    .map((word) => (/^\s*$/.test(word) ? word : Array.from(word, (ch, i) => (i === 0 ? ch : '*')).join('')))
    .join('');
}
