import { SaxesParser } from 'saxes';
import { AppError } from '../../../../shared/errors';
import { inflatePart } from './inflate-part';
import type { ZipPart } from './zip-directory';

/** What a part's XML is read into: elements by local name (any prefix dropped), attributes by qualified name. */
export interface XmlVisitor {
  open(name: string, attributes: Record<string, string>): void;
  close(name: string): void;
  text(text: string): void;
}

const local = (name: string) => {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
};

/**
 * Streams one part of a workbook through a SAX parser (saxes): inflated chunk by chunk, decoded,
 * parsed, visited — the XML is never whole in memory. XML that is not well formed is E_BAD_XLSX,
 * with the line it breaks on: nothing is guessed from a damaged part.
 */
export function parsePartXml(bytes: Uint8Array, part: ZipPart, limit: number, visitor: XmlVisitor): void {
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => visitor.open(local(tag.name), tag.attributes as Record<string, string>));
  parser.on('closetag', (tag) => visitor.close(local(tag.name)));
  parser.on('text', (text) => visitor.text(text));
  parser.on('cdata', (text) => visitor.text(text));
  parser.on('error', (err) => {
    throw new AppError('E_BAD_XLSX', `The workbook is damaged: ${part.name} is not well-formed XML (${err.message}).`);
  });
  const decoder = new TextDecoder();
  inflatePart(bytes, part, limit, (chunk) => parser.write(decoder.decode(chunk, { stream: true })));
  parser.write(decoder.decode());
  parser.close();
}
