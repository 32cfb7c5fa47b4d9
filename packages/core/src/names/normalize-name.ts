const printableAscii = /^[\x20-\x7e]*$/;
const whitespaceRun = /\s+/gu;
const spaceRun = / {2,}/g;

/**
 * The form two names are compared in: Unicode NFKC, trimmed, runs of whitespace collapsed to
 * one space, case-folded. Nothing else: punctuation and legal suffixes are kept on purpose,
 * because a wrong auto-match bills the wrong customer.
 *
 * @example normalizeName("  ＡＣＭＥ   Ltd ") === "acme ltd"
 */
export function normalizeName(name: string): string {
  // Printable ASCII is already NFKC and folds by lower-casing: the common case, kept cheap.
  // In printable ASCII the only whitespace is the space, so a run exists only where "  " does.
  if (printableAscii.test(name)) {
    const trimmed = name.trim();
    return (trimmed.includes("  ") ? trimmed.replace(spaceRun, " ") : trimmed).toLowerCase();
  }
  // Upper- then lower-casing approximates Unicode full case folding ("ß" → "ss", final "ς" → "σ")
  // with the locale-independent built-ins; toLocaleLowerCase would be 50× slower. The second
  // NFKC keeps the result normalised after case mapping.
  return name.normalize("NFKC").trim().replace(whitespaceRun, " ").toUpperCase().toLowerCase().normalize("NFKC");
}
