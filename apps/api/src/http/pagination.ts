import * as v from "valibot";
import { ApiError } from "./api-error.ts";

/** `?limit=&cursor=` of every list route (limit defaults to 50, at most 500). */
export const PageQuery = v.object({
  limit: v.optional(
    v.pipe(v.string(), v.regex(/^\d+$/, "must be a whole number"), v.toNumber(), v.minValue(1), v.maxValue(500)),
    "50",
  ),
  cursor: v.optional(v.pipe(v.string(), v.maxLength(200))),
});

/** The validated paging input. */
export interface PageParams {
  limit: number;
  cursor?: string | undefined;
}

/** One page of a list: `{ items, nextCursor }`. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** The schema of a page of `item`, for OpenAPI. */
export function pageOf<T extends v.GenericSchema>(item: T) {
  return v.object({ items: v.array(item), nextCursor: v.nullable(v.string()) });
}

/** Encodes the last sort key of a page as an opaque cursor. */
export function encodeCursor(key: string): string {
  return Buffer.from(key, "utf8").toString("base64url");
}

/** Decodes a cursor; a malformed one is a 400, not an empty page. */
export function decodeCursor(cursor: string): string {
  const key = Buffer.from(cursor, "base64url").toString("utf8");
  if (!/^[a-z]{3}_[0-9a-f]{32}$/.test(key)) {
    throw new ApiError(400, "validation_failed", "The cursor is not one this API returned.", {
      errors: [{ path: "cursor", message: "invalid cursor" }],
    });
  }
  return key;
}

/**
 * Keyset pagination over an id-ordered query: `fetchRows(after, take)` must return rows whose
 * key sorts after `after` (or before, for descending lists), ordered, at most `take` of them.
 *
 * @example await fetchPage(page, (a) => a.id, (after, take) => listAccountRows(db, org, { after, take }));
 */
export async function fetchPage<Row, Item = Row>(
  page: PageParams,
  keyOf: (row: Row) => string,
  fetchRows: (after: string | undefined, take: number) => Promise<Row[]>,
  toItem: (row: Row) => Item,
): Promise<Page<Item>> {
  const after = page.cursor === undefined ? undefined : decodeCursor(page.cursor);
  const rows = await fetchRows(after, page.limit + 1);
  const hasMore = rows.length > page.limit;
  const pageRows = hasMore ? rows.slice(0, page.limit) : rows;
  const last = pageRows.at(-1);
  return {
    items: pageRows.map(toItem),
    nextCursor: hasMore && last !== undefined ? encodeCursor(keyOf(last)) : null,
  };
}
