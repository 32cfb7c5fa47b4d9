import type { Card } from "./card.ts";

/**
 * Why a card is what it is, as stable codes API consumers can filter on; {@link describeCardReason}
 * turns one into a sentence for people.
 */
export type CardReason =
  | "vendor_matches_psa"
  | "vendor_above_psa"
  | "vendor_below_psa"
  | "no_contract_line"
  | "no_vendor_account_mapped"
  | "no_usage_reported"
  | "several_contract_lines"
  | "duplicate_usage"
  | "summed_vendor_accounts"
  | "changed_since_decision";

const internedReasons = new Map<string, readonly CardReason[]>();

/** One frozen, shared array per combination, so 100k cards do not allocate 100k reason lists. */
export function internReasons(reasons: readonly CardReason[]): readonly CardReason[] {
  const id = reasons.join(",");
  let shared = internedReasons.get(id);
  if (!shared) {
    shared = Object.freeze([...reasons]);
    internedReasons.set(id, shared);
  }
  return shared;
}

const variants = new Map<CardReason, (readonly CardReason[])[]>();

/**
 * The shared reason list for one primary reason with the optional `summed_vendor_accounts` and
 * `changed_since_decision`, without building a key string per card.
 */
export function reasonsFor(primary: CardReason, summed: boolean, changed: boolean): readonly CardReason[] {
  let byVariant = variants.get(primary);
  if (!byVariant) {
    byVariant = [];
    variants.set(primary, byVariant);
  }
  const index = (summed ? 1 : 0) + (changed ? 2 : 0);
  let shared = byVariant[index];
  if (!shared) {
    const reasons: CardReason[] = [primary];
    if (summed) reasons.push("summed_vendor_accounts");
    if (changed) reasons.push("changed_since_decision");
    shared = internReasons(reasons);
    byVariant[index] = shared;
  }
  return shared;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/**
 * A plain-language sentence for one reason of a card, using the card's own figures.
 *
 * @example card.reasons.map((reason) => describeCardReason(reason, card)).join(" ")
 */
export function describeCardReason(reason: CardReason, card: Card): string {
  const vendor = card.vendorQuantity ?? 0;
  const psa = card.psaQuantity ?? 0;
  switch (reason) {
    case "vendor_matches_psa":
      return "The vendor quantity equals the billed quantity.";
    case "vendor_above_psa":
      return `The vendor reports ${vendor} but ${psa} is billed: under-billed by ${vendor - psa}.`;
    case "vendor_below_psa":
      return `The vendor reports ${vendor} but ${psa} is billed: over-billed by ${psa - vendor}.`;
    case "no_contract_line":
      return `The vendor reports ${vendor} but no contract line bills this service to this account.`;
    case "no_vendor_account_mapped":
      return "No vendor account is mapped to this account, so the vendor shows no usage for this line.";
    case "no_usage_reported":
      return "The mapped vendor accounts report no usage for this line; the customer may have cancelled.";
    case "several_contract_lines":
      return `${plural(card.contractLineIds.length, "contract line")} bill this service to this account; Tally does not guess how to split the vendor quantity.`;
    case "duplicate_usage":
      return "The vendor reported usage more than once for one vendor account; check the sync before deciding.";
    case "summed_vendor_accounts":
      return `The vendor quantity is the sum over ${plural(card.vendorAccountIds.length, "vendor account")}.`;
    case "changed_since_decision":
      return `The vendor quantity changed from ${card.decision?.vendorQuantity ?? "nothing"} to ${card.vendorQuantity ?? "nothing"} since the ${card.decision?.action ?? ""} decision.`;
  }
}
