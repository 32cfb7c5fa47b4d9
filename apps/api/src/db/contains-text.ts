import { type RawBuilder, sql } from "kysely";

/**
 * A case-insensitive "column contains text" condition that means the same on SQLite and
 * PostgreSQL (lower() + LIKE with an explicit escape character; % and _ in the text are literal).
 *
 * @example query.where(containsText("name", q))
 */
export function containsText(column: string, text: string): RawBuilder<boolean> {
  const escaped = text.toLowerCase().replace(/[\\%_]/g, (ch) => `\\${ch}`);
  return sql<boolean>`lower(${sql.ref(column)}) like ${`%${escaped}%`} escape '\\'`;
}
