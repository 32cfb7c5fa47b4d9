import * as v from "valibot";
import type { Requester } from "./create-requester.ts";
import { ListPageSchema } from "./response-schemas.ts";
import { SpamTitanError } from "./spamtitan-error.ts";

/** More pages than any real server has: past this, a server is looping. */
const MAX_PAGES = 10_000;

/**
 * Reads every page of a SpamTitan list: a bare array, `{ data }`, or `{ data, meta, links }`
 * followed by `links.next` or `?page=N` until `current_page >= last_page` or an empty page; a page
 * seen twice (a server looping) is an `invalid_response`.
 *
 * @example const groups = await listAllPages(request, `${base}/domain-groups`, DomainGroupSchema);
 */
export async function listAllPages<TSchema extends v.GenericSchema>(
  request: Requester,
  firstUrl: string,
  itemSchema: TSchema,
  signal?: AbortSignal,
): Promise<Array<v.InferOutput<TSchema>>> {
  const items: Array<v.InferOutput<TSchema>> = [];
  const seenPages = new Set<string>();
  const seenUrls = new Set<string>();
  const endpoint = new URL(firstUrl).pathname.replace(/^.*\/restapi/, "");
  let url = firstUrl;
  for (let pageNumber = 1; pageNumber <= MAX_PAGES; pageNumber += 1) {
    seenUrls.add(url);
    const page = v.safeParse(ListPageSchema, await request(url, signal));
    if (!page.success) throw invalidList(endpoint, "it is neither a list nor a { data: [...] } envelope");
    const raw = Array.isArray(page.output) ? page.output : page.output.data;
    const parsed = v.safeParse(v.array(itemSchema), raw);
    if (!parsed.success) {
      throw invalidList(endpoint, `an item has an unexpected shape (${v.getDotPath(parsed.issues[0]) ?? "item"})`);
    }
    if (parsed.output.length === 0 || Array.isArray(page.output)) return [...items, ...parsed.output];
    const signature = JSON.stringify(raw);
    if (seenPages.has(signature)) {
      throw invalidList(endpoint, `page ${pageNumber} repeats an earlier page, so paging would never end`);
    }
    seenPages.add(signature);
    items.push(...parsed.output);

    const { meta, links } = page.output;
    const current = meta?.current_page ?? null;
    const last = meta?.last_page ?? null;
    if (current !== null && last !== null && current >= last) return items;
    const nextLink = links?.next ? resolveNextLink(firstUrl, links.next) : null;
    if (nextLink !== null) {
      if (seenUrls.has(nextLink)) throw invalidList(endpoint, "the next page link points back to a page already read");
      url = nextLink;
    } else if (current !== null && last !== null) {
      url = withPage(firstUrl, current + 1);
    } else {
      return items;
    }
  }
  throw invalidList(endpoint, `it has more than ${MAX_PAGES} pages`);
}

function invalidList(endpoint: string, reason: string): SpamTitanError {
  return new SpamTitanError(
    "invalid_response",
    `SpamTitan's list ${endpoint} could not be read: ${reason}. Check that the API URL points to a SpamTitan REST API v3.`,
  );
}

/** Follows only links on the API's own origin, so the key is never sent to another host. */
function resolveNextLink(firstUrl: string, next: string): string | null {
  const base = new URL(firstUrl);
  if (next.startsWith("?")) return `${base.origin}${base.pathname}${next}`;
  if (next.startsWith("/")) return `${base.origin}${next}`;
  if (!/^https?:\/\//i.test(next)) return null;
  try {
    return new URL(next).origin === base.origin ? next : null;
  } catch {
    return null;
  }
}

function withPage(firstUrl: string, page: number): string {
  const url = new URL(firstUrl);
  url.searchParams.set("page", String(page));
  return url.toString();
}
