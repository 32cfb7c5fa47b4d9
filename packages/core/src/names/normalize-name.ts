/**
 * The form two names are compared in: Unicode NFKC, trimmed, runs of whitespace collapsed to
 * one space, case-folded. Nothing else: punctuation and legal suffixes are kept on purpose,
 * because a wrong auto-match bills the wrong customer.
 *
 * @example normalizeName("  ＡＣＭＥ   Ltd ") === "acme ltd"
 */
export function normalizeName(name: string): string {
  return name.normalize("NFKC").trim().replace(/\s+/gu, " ").toLocaleLowerCase("und");
}
