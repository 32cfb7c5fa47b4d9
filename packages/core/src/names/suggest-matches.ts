import { normalizeName } from "./normalize-name.ts";

/** An item suggestions can rank: a name and, when known, its email domains. */
export interface SuggestableItem {
  readonly id: string;
  readonly name: string;
  readonly domains?: readonly string[];
}

/** Why a candidate was suggested, strongest first. */
export type SuggestionReason = "shared_domain" | "same_name_without_suffix" | "token_overlap";

/** One ranked candidate; `score` is in (0, 1], higher is closer. Never a mapping. */
export interface Suggestion {
  readonly accountId: string;
  readonly name: string;
  readonly score: number;
  readonly reason: SuggestionReason;
}

/** Options of {@link suggestMatches}. */
export interface SuggestOptions {
  /** At most this many candidates (default 5). */
  readonly limit?: number;
}

// Legal-form words dropped at the end of a name before comparing; punctuation is already gone,
// so "S.A." arrives here as "s a".
const legalSuffixes = new Set([
  "ab",
  "ag",
  "as",
  "bv",
  "co",
  "company",
  "corp",
  "corporation",
  "gmbh",
  "inc",
  "incorporated",
  "kg",
  "limited",
  "llc",
  "llp",
  "lp",
  "ltd",
  "nv",
  "oy",
  "plc",
  "pty",
  "sa",
  "sarl",
  "sas",
  "spa",
  "srl",
]);
const twoWordSuffixes = new Set(["s a", "b v", "n v", "s l", "s p a", "s r l", "l l c", "l t d", "p l c"]);

/** The comparable key of a name: normalised, punctuation removed, trailing legal forms dropped. */
export function stripLegalSuffixes(name: string): string {
  const tokens = normalizeName(name)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .split(" ")
    .filter((t) => t !== "");
  let changed = true;
  while (changed && tokens.length > 1) {
    changed = false;
    const last = tokens[tokens.length - 1] ?? "";
    if (legalSuffixes.has(last)) {
      tokens.pop();
      changed = true;
      continue;
    }
    for (const size of [5, 3, 2]) {
      if (tokens.length > size && twoWordSuffixes.has(tokens.slice(-size).join(" "))) {
        tokens.splice(-size, size);
        changed = true;
        break;
      }
    }
  }
  return tokens.join(" ");
}

function tokenSet(key: string): Set<string> {
  return new Set(key.split(" ").filter((t) => t !== ""));
}

function normalizeDomain(domain: string): string {
  return domain.trim().toLowerCase().replace(/\.$/u, "");
}

interface PreparedAccount {
  readonly account: SuggestableItem;
  readonly key: string;
  readonly tokens: Set<string>;
  readonly domains: Set<string>;
}

function prepare(account: SuggestableItem): PreparedAccount {
  const key = stripLegalSuffixes(account.name);
  return { account, key, tokens: tokenSet(key), domains: new Set((account.domains ?? []).map(normalizeDomain)) };
}

/**
 * Accounts prepared once for many {@link suggestMatches} calls: names stripped, tokens and
 * domains indexed, so each call scores only accounts sharing a token or a domain.
 */
export interface SuggestionIndex {
  readonly kind: "suggestion_index";
  readonly accounts: readonly PreparedAccount[];
  readonly byToken: ReadonlyMap<string, readonly number[]>;
  readonly byDomain: ReadonlyMap<string, readonly number[]>;
}

function addPosting(postings: Map<string, number[]>, term: string, index: number): void {
  const list = postings.get(term);
  if (list) list.push(index);
  else postings.set(term, [index]);
}

/**
 * Prepares accounts for ranking suggestions for many vendor accounts (the mapping screen);
 * `suggestMatches` over the index gives exactly what it gives over the plain list.
 *
 * @example
 * const index = indexAccountsForSuggestions(accounts);
 * const rows = unmapped.map((va) => ({ ...va, suggestions: suggestMatches(va, index, { limit: 3 }) }));
 */
export function indexAccountsForSuggestions(accounts: readonly SuggestableItem[]): SuggestionIndex {
  const prepared = accounts.map(prepare);
  const byToken = new Map<string, number[]>();
  const byDomain = new Map<string, number[]>();
  prepared.forEach((entry, i) => {
    for (const token of entry.tokens) addPosting(byToken, token, i);
    for (const domain of entry.domains) addPosting(byDomain, domain, i);
  });
  return { kind: "suggestion_index", accounts: prepared, byToken, byDomain };
}

function scoreCandidate(
  vendorKey: string,
  vendorTokens: Set<string>,
  vendorDomains: Set<string>,
  candidate: PreparedAccount,
): { score: number; reason: SuggestionReason } | undefined {
  for (const domain of candidate.domains) if (vendorDomains.has(domain)) return { score: 1, reason: "shared_domain" };
  const { key, tokens } = candidate;
  if (key === "" || vendorKey === "") return undefined;
  if (key === vendorKey) return { score: 0.9, reason: "same_name_without_suffix" };
  let shared = 0;
  for (const token of tokens) if (vendorTokens.has(token)) shared += 1;
  if (shared === 0) return undefined;
  const union = tokens.size + vendorTokens.size - shared;
  // Jaccard overlap scaled below the two stronger reasons so they always rank first.
  return { score: Math.round((shared / union) * 0.8 * 1000) / 1000, reason: "token_overlap" };
}

function candidatesOf(index: SuggestionIndex, vendorTokens: Set<string>, vendorDomains: Set<string>) {
  // Every account that can score shares a token or a domain (equal stripped names share tokens).
  const seen = new Set<number>();
  for (const token of vendorTokens) for (const i of index.byToken.get(token) ?? []) seen.add(i);
  for (const domain of vendorDomains) for (const i of index.byDomain.get(domain) ?? []) seen.add(i);
  return [...seen].flatMap((i) => index.accounts[i] ?? []);
}

/**
 * Ranks accounts that may be the customer behind an unmapped vendor account: a shared email
 * domain (score 1), the same name once punctuation and legal suffixes are stripped (0.9), or
 * overlapping name tokens (Jaccard × 0.8). Ties break by account name then id. Only a
 * suggestion: it never maps anything. Pass a {@link SuggestionIndex} instead of the list when
 * ranking for many vendor accounts.
 *
 * @example
 * suggestMatches({ id: "12", name: "ACME, Ltd." }, [{ id: "a1", name: "Acme Limited" }], { limit: 3 });
 * // [{ accountId: "a1", name: "Acme Limited", score: 0.9, reason: "same_name_without_suffix" }]
 */
export function suggestMatches(
  vendorAccount: SuggestableItem,
  accounts: readonly SuggestableItem[] | SuggestionIndex,
  options: SuggestOptions = {},
): Suggestion[] {
  const limit = options.limit ?? 5;
  if (limit <= 0) return [];
  const vendorKey = stripLegalSuffixes(vendorAccount.name);
  const vendorTokens = tokenSet(vendorKey);
  const vendorDomains = new Set((vendorAccount.domains ?? []).map(normalizeDomain));
  const candidates = "kind" in accounts ? candidatesOf(accounts, vendorTokens, vendorDomains) : accounts.map(prepare);
  const ranked: Suggestion[] = [];
  for (const candidate of candidates) {
    const scored = scoreCandidate(vendorKey, vendorTokens, vendorDomains, candidate);
    if (scored) ranked.push({ accountId: candidate.account.id, name: candidate.account.name, ...scored });
  }
  ranked.sort(
    (a, b) =>
      b.score - a.score ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
      (a.accountId < b.accountId ? -1 : a.accountId > b.accountId ? 1 : 0),
  );
  return ranked.slice(0, limit);
}
