import { describe, expect, it } from 'vitest';
import { createCsvParser } from '../../../../../src/main/engine/io/csv-parser';

/** Parses text fed in pieces of `size` characters, so every state crosses a chunk border somewhere. */
function parse(text: string, size = text.length, delimiter = ','): string[][] {
  const rows: string[][] = [];
  const parser = createCsvParser((r) => rows.push(r), delimiter);
  for (let i = 0; i < text.length; i += size) parser.push(text.slice(i, i + size));
  parser.end();
  return rows;
}

describe('createCsvParser', () => {
  const text = 'id,name,note\r\n1,"Smith, J","said ""hi"""\r\n2,Li,"two\nlines"\r\n3,,\r\n';
  const expected = [
    ['id', 'name', 'note'],
    ['1', 'Smith, J', 'said "hi"'],
    ['2', 'Li', 'two\nlines'],
    ['3', '', ''],
  ];

  it('parses quotes, escaped quotes, delimiters and newlines inside quotes', () => {
    expect(parse(text)).toEqual(expected);
  });

  it('gives the same rows whatever the chunk size', () => {
    for (let size = 1; size <= 12; size++) expect(parse(text, size), `chunk ${size}`).toEqual(expected);
  });

  it('accepts LF, CRLF and CR row ends and a missing final newline', () => {
    expect(parse('a,b\n1,2')).toEqual([['a', 'b'], ['1', '2']]);
    expect(parse('a,b\r1,2\r')).toEqual([['a', 'b'], ['1', '2']]);
    expect(parse('a,b\r\n\r\n1,2\r\n', 1)).toEqual([['a', 'b'], ['1', '2']]);
  });

  it('keeps an explicitly quoted empty field and other delimiters', () => {
    expect(parse('""\n')).toEqual([['']]);
    expect(parse('a;b\n"x;y";2\n', 3, ';')).toEqual([['a', 'b'], ['x;y', '2']]);
  });
});
