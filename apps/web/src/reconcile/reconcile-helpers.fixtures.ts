import type { CardKind, ReconciliationCard } from "../api/types.ts";

/** A card with sensible defaults, for the helpers' tests. */
export function makeCard(overrides: Partial<ReconciliationCard> & { id: string; kind?: CardKind }): ReconciliationCard {
  return {
    kind: "reconcile",
    period: "2026-12",
    vendor: "spamtitan",
    accountId: "acc-1",
    accountName: "Acme Ltd",
    serviceId: "svc-1",
    serviceName: "Email Security",
    contractId: "con-1",
    contractName: "Acme main",
    contractLineId: "line-1",
    psaQuantity: 10,
    vendorQuantity: 12,
    delta: 2,
    revenueDelta: 5,
    status: "open",
    version: "v1",
    reasons: [],
    decision: null,
    ...overrides,
  };
}
