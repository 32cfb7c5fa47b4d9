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

function scoreCandidate(
  vendorKey: string,
  vendorTokens: Set<string>,
  vendorDomains: Set<string>,
  account: SuggestableItem,
): { score: number; reason: SuggestionReason } | undefined {
  if (account.domains?.some((d) => vendorDomains.has(normalizeDomain(d)))) {
    return { score: 1, reason: "shared_domain" };
  }
  const accountKey = stripLegalSuffixes(account.name);
  if (accountKey === "" || vendorKey === "") return undefined;
  if (accountKey === vendorKey) return { score: 0.9, reason: "same_name_without_suffix" };
  const accountTokens = tokenSet(accountKey);
  let shared = 0;
  for (const token of accountTokens) if (vendorTokens.has(token)) shared += 1;
  if (shared === 0) return undefined;
  const union = accountTokens.size + vendorTokens.size - shared;
  // Jaccard overlap scaled below the two stronger reasons so they always rank first.
  return { score: Math.round((shared / union) * 0.8 * 1000) / 1000, reason: "token_overlap" };
}

/**
 * Ranks accounts that may be the customer behind an unmapped vendor account: a shared email
 * domain (score 1), the same name once punctuation and legal suffixes are stripped (0.9), or
 * overlapping name tokens (Jaccard × 0.8). Ties break by account name then id. Only a
 * suggestion: it never maps anything.
 *
 * @example
 * suggestMatches({ id: "12", name: "ACME, Ltd." }, [{ id: "a1", name: "Acme Limited" }], { limit: 3 });
 * // [{ accountId: "a1", name: "Acme Limited", score: 0.9, reason: "same_name_without_suffix" }]
 */
export function suggestMatches(
  vendorAccount: SuggestableItem,
  accounts: readonly SuggestableItem[],
  options: SuggestOptions = {},
): Suggestion[] {
  const limit = options.limit ?? 5;
  if (limit <= 0) return [];
  const vendorKey = stripLegalSuffixes(vendorAccount.name);
  const vendorTokens = tokenSet(vendorKey);
  const vendorDomains = new Set((vendorAccount.domains ?? []).map(normalizeDomain));
  const ranked: Suggestion[] = [];
  for (const account of accounts) {
    const scored = scoreCandidate(vendorKey, vendorTokens, vendorDomains, account);
    if (scored) ranked.push({ accountId: account.id, name: account.name, ...scored });
  }
  ranked.sort(
    (a, b) =>
      b.score - a.score ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
      (a.accountId < b.accountId ? -1 : a.accountId > b.accountId ? 1 : 0),
  );
  return ranked.slice(0, limit);
}
