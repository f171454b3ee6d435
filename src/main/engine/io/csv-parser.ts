export interface CsvParser {
  /** Feeds the next piece of decoded text; rows are emitted as they complete. */
  push(chunk: string): void;
  /** Flushes the last row (a file need not end with a newline). */
  end(): void;
}

/**
 * A streaming RFC 4180 parser over decoded text: quoted fields with "" escapes, delimiters
 * and newlines inside quotes, and LF, CRLF or CR row ends. Blank lines are skipped.
 */
export function createCsvParser(onRow: (fields: string[]) => void, delimiter = ','): CsvParser {
  let fields: string[] = [];
  let field = '';
  let inQuotes = false;
  let quoteSeen = false; // a quote just closed or started the field: the field is "touched"
  let lastWasCR = false;
  let pendingQuote = false; // a chunk ended on a closing quote that may be the first of ""

  function endRow(): void {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === '' && !quoteSeen)) onRow(fields);
    fields = [];
    field = '';
    quoteSeen = false;
  }

  return {
    push(chunk) {
      let start = 0; // start of the pending plain run inside chunk
      for (let i = 0; i < chunk.length; i++) {
        const c = chunk[i];
        if (lastWasCR) {
          lastWasCR = false;
          if (c === '\n') {
            start = i + 1;
            continue;
          }
        }
        if (inQuotes) {
          if (c === '"') {
            field += chunk.slice(start, i);
            if (chunk[i + 1] === '"') {
              field += '"';
              i++;
            } else if (i + 1 === chunk.length) {
              // The escape decision needs the next chunk: keep state "quote pending".
              inQuotes = false;
              quoteSeen = true;
              start = i + 1;
              pendingQuote = true;
              continue;
            } else {
              inQuotes = false;
            }
            start = i + 1;
          }
          continue;
        }
        if (pendingQuote) {
          pendingQuote = false;
          if (c === '"') {
            field += '"';
            inQuotes = true;
            start = i + 1;
            continue;
          }
        }
        if (c === '"' && field === '' && start === i) {
          inQuotes = true;
          quoteSeen = true;
          start = i + 1;
        } else if (c === delimiter) {
          field += chunk.slice(start, i);
          fields.push(field);
          field = '';
          quoteSeen = false;
          start = i + 1;
        } else if (c === '\n' || c === '\r') {
          field += chunk.slice(start, i);
          endRow();
          lastWasCR = c === '\r';
          start = i + 1;
        }
      }
      field += chunk.slice(start);
    },
    end() {
      pendingQuote = false;
      if (field !== '' || fields.length > 0 || quoteSeen) endRow();
    },
  };
}
