/** The outcome of parsing CSV text. */
export type CsvParseResult = { ok: true; rows: string[][] } | { ok: false; line: number; message: string };

/**
 * Parses RFC 4180 CSV: fields separated by commas, records by CRLF or LF, fields optionally in
 * double quotes (which may hold commas, quotes doubled as "" and newlines). A leading BOM is
 * dropped; a trailing newline does not make an empty record.
 *
 * @example parseCsv('name,qty\r\n"Acme, Inc.",5') // { ok: true, rows: [["name","qty"],["Acme, Inc.","5"]] }
 */
export function parseCsv(text: string): CsvParseResult {
  const input = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let line = 1;
  let i = 0;
  let fieldStarted = false;
  const endField = () => {
    row.push(field);
    field = "";
    fieldStarted = false;
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  while (i < input.length) {
    const ch = input[i];
    if (ch === '"' && !fieldStarted) {
      const startLine = line;
      i++;
      for (;;) {
        if (i >= input.length) return { ok: false, line: startLine, message: "a quoted field is never closed" };
        const q = input[i];
        if (q === '"') {
          if (input[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (q === "\n") line++;
        field += q;
        i++;
      }
      fieldStarted = true;
      const next = input[i];
      if (next !== undefined && next !== "," && next !== "\n" && next !== "\r") {
        return { ok: false, line, message: "unexpected text after a closing quote" };
      }
      continue;
    }
    if (ch === ",") {
      endField();
      i++;
    } else if (ch === "\r" && input[i + 1] === "\n") {
      endRow();
      line++;
      i += 2;
    } else if (ch === "\n" || ch === "\r") {
      endRow();
      line++;
      i++;
    } else if (ch === '"') {
      return {
        ok: false,
        line,
        message: "a quote inside an unquoted field (quote the whole field and double the quote)",
      };
    } else {
      field += ch;
      fieldStarted = true;
      i++;
    }
  }
  if (fieldStarted || row.length > 0) endRow();
  return { ok: true, rows };
}
