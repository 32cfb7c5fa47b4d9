import * as v from "valibot";
import { PageQuery } from "./pagination.ts";

/** `?q=` free-text search. */
export const SearchText = v.optional(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200)));

/** `?flag=true|false` as a boolean. */
export const BooleanQuery = v.optional(
  v.pipe(
    v.picklist(["true", "false"], 'must be "true" or "false"'),
    v.transform((s) => s === "true"),
  ),
);

/** A list query: paging plus `q`, extended per route with its own filters. */
export const SearchPageQuery = v.object({ ...PageQuery.entries, q: SearchText });
