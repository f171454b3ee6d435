import { describe, expect, it } from 'vitest';
import { displayName, firstAndLast, splitFullName } from '../../../../../src/main/engine/contacts/contact-names';

describe('splitFullName', () => {
  it('splits Western names at the last word, Chinese names after the surname', () => {
    const cases: [string, string | null, string | null][] = [
      ['John Smith', 'John', 'Smith'],
      ['  Mary Ann   Smith ', 'Mary Ann', 'Smith'],
      ['Cher', 'Cher', null],
      ['张伟', '伟', '张'],
      ['张 伟', '伟', '张'],
      ['欧阳娜娜', '娜娜', '欧阳'],
      // Two characters beginning with a compound surname's first part: still one surname character.
      ['欧阳', '阳', '欧'],
      ['诸葛亮', '亮', '诸葛'],
      ['约翰·史密斯', '约翰', '史密斯'],
      ['王', null, '王'],
      ['', null, null],
    ];
    for (const [full, first, last] of cases) expect(splitFullName(full), full).toEqual({ first, last });
  });

  it('uses the name fields when either is there', () => {
    expect(firstAndLast({ firstName: 'Ann', fullName: 'Ann Lee' })).toEqual({ first: 'Ann', last: null });
    expect(firstAndLast({ fullName: 'Ann Lee' })).toEqual({ first: 'Ann', last: 'Lee' });
  });
});

describe('displayName', () => {
  it('is the full name, else the names together (surname first for Chinese)', () => {
    expect(displayName({ fullName: ' Ann  Lee ', firstName: 'X' })).toBe('Ann Lee');
    expect(displayName({ firstName: '娜娜', lastName: '欧阳' })).toBe('欧阳娜娜');
    expect(displayName({ firstName: 'Ann', lastName: 'Lee' })).toBe('Ann Lee');
    expect(displayName({ lastName: 'Lee' })).toBe('Lee');
    expect(displayName({})).toBeNull();
  });
});
