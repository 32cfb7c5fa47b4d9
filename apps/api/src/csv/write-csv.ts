/** A cell value; numbers are written as is, null and undefined as empty. */
export type CsvCell = string | number | boolean | null | undefined;

const formulaStart = /^[=+\-@\t\r]/;

/**
 * Writes one field: strings starting with = + - @ (or tab/CR) get a leading apostrophe so
 * spreadsheets do not run them as formulas; fields with commas, quotes, newlines or edge spaces
 * are quoted with quotes doubled. Numbers (e.g. a negative delta) are never altered.
 */
export function writeCsvField(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  const safe = formulaStart.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * Writes rows as RFC 4180 CSV with CRLF line ends (and a final CRLF).
 *
 * @example writeCsv([["name", "qty"], ["Acme, Inc.", 5]]) // 'name,qty\r\n"Acme, Inc.",5\r\n'
 */
export function writeCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => `${row.map(writeCsvField).join(",")}\r\n`).join("");
}
