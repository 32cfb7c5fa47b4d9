import { buildPath, request } from "./request.ts";
import type {
  BulkResult,
  CardDetails,
  CardStatus,
  DecisionResult,
  Page,
  ReconciliationCard,
  ReconciliationSummary,
} from "./types.ts";

const base = "/api/v1/reconciliation";

/** Which cards of a period to read. */
export interface CardQuery {
  period: string;
  /** `open` (the API's default), `decided` or `all`. */
  status?: CardStatus | "all";
}

/**
 * Reads every card of a period in pages of 500 (the API's maximum), handing each page to
 * `onPage` as it arrives so the first cards paint before the last page is in. Filtering and
 * grouping then happen in memory, so a keystroke never waits for the network.
 *
 * @example await loadAllCards({ period: "2026-12" }, (page) => setCards((c) => [...c, ...page]));
 */
export async function loadAllCards(
  query: CardQuery,
  onPage: (cards: ReconciliationCard[]) => void,
  signal?: AbortSignal,
): Promise<number> {
  let cursor: string | undefined;
  let total = 0;
  do {
    const page = await request<Page<ReconciliationCard>>("GET", `${base}/cards`, {
      query: { period: query.period, status: query.status, limit: 500, cursor },
      ...(signal ? { signal } : {}),
    });
    total += page.items.length;
    onPage(page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
  return total;
}

/** `GET /reconciliation/cards/:id` — the card, its lines, usage explanation and history. */
export async function getCardDetails(cardId: string): Promise<CardDetails> {
  const body = await request<Partial<CardDetails> & Partial<ReconciliationCard>>(
    "GET",
    `${base}/cards/${encodeURIComponent(cardId)}`,
  );
  return readCardDetails(body);
}

/**
 * Reads a card-details answer whether the API nests the card (`{ card, lines, usage, history }`)
 * or sends the card's fields at the top level beside the extras.
 */
export function readCardDetails(body: Partial<CardDetails> & Partial<ReconciliationCard>): CardDetails {
  const card = (body.card ?? body) as ReconciliationCard;
  const usage = body.usage;
  return {
    card,
    lines: body.lines ?? [],
    usage: Array.isArray(usage) ? usage : usage ? [usage] : [],
    history: body.history ?? [],
    vendorAccounts: body.vendorAccounts ?? [],
  };
}

/** The body of one card action. */
export type CardAction =
  | { action: "approve"; effectiveDate?: string; note?: string }
  | { action: "adjust"; quantity: number; effectiveDate?: string; note?: string }
  | { action: "dismiss"; note?: string }
  | { action: "attach"; contractId: string };

/**
 * `POST /reconciliation/cards/:id/<action>` with `If-Match: <version>`: a card changed by
 * someone else answers 409 `stale_card` (the `ApiProblem`'s `body` carries the fresh card, see
 * `readStaleCard`). An idempotency key makes a retried click harmless.
 */
export function decideCard(
  card: Pick<ReconciliationCard, "id" | "version">,
  action: CardAction,
): Promise<DecisionResult> {
  const { action: name, ...body } = action;
  return request<DecisionResult>("POST", `${base}/cards/${encodeURIComponent(card.id)}/${name}`, {
    body,
    headers: { "if-match": card.version, "idempotency-key": decisionIdempotencyKey(card, action) },
  });
}

/**
 * The `Idempotency-Key` of a decision: the same click on the same card version with the same
 * values repeats harmlessly, while a changed quantity or note is a new request (the API refuses a
 * reused key with a different body).
 *
 * @example decisionIdempotencyKey({ id: "c1", version: "v1" }, { action: "approve" })
 */
export function decisionIdempotencyKey(card: Pick<ReconciliationCard, "id" | "version">, action: CardAction): string {
  // FNV-1a over the request, so the key stays short whatever the card id or note.
  let hash = 0x811c9dc5;
  for (const char of JSON.stringify([card.id, card.version, action])) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `card-${action.action}-${card.version.slice(0, 24)}-${hash.toString(16)}`;
}

/** The fresh card a `stale_card` conflict carries (`{ card }` or the card itself), if any. */
export function readStaleCard(body: unknown): ReconciliationCard | null {
  if (typeof body !== "object" || body === null) return null;
  const record = body as Record<string, unknown>;
  const candidate = (record.card ?? record.freshCard ?? record) as Record<string, unknown>;
  return typeof candidate.id === "string" && typeof candidate.version === "string"
    ? (candidate as unknown as ReconciliationCard)
    : null;
}

/** What a bulk action does to every card it names. */
export interface BulkRequest {
  action: "approve" | "dismiss";
  cardIds: string[];
  effectiveDate?: string;
}

/** `POST /reconciliation/bulk?dryRun=` — with `dryRun` nothing changes; the answer is the diff. */
export function runBulk(bulk: BulkRequest, dryRun: boolean): Promise<BulkResult> {
  return request<BulkResult>("POST", `${base}/bulk`, { body: bulk, query: { dryRun } });
}

/** `GET /reconciliation/summary?period=` — counts and revenue deltas per kind. */
export function getSummary(period: string): Promise<ReconciliationSummary> {
  return request<ReconciliationSummary>("GET", `${base}/summary`, { query: { period } });
}

/** The address of a period's cards CSV (cards and decisions), for a download link. */
export function cardsCsvUrl(period: string): string {
  return buildPath(`${base}/export.csv`, { period });
}

/** The address of a period's changes CSV (approved and adjusted lines, for the PSA). */
export function changesCsvUrl(period: string): string {
  return buildPath(`${base}/changes.csv`, { period });
}
