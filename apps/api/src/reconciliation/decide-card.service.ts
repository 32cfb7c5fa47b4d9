import {
  applyDecision,
  type Card,
  type DecisionActor,
  type DecisionRejectionCode,
  type DecisionRequest,
  type DecisionResult,
  type Period,
} from "@tally/core";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { WriteContext } from "../audit/write-context.ts";
import { type ContractLine, rowToContractLine } from "../contracts/contract.ts";
import { findContractLineRow, findContractRow } from "../contracts/contracts.repository.ts";
import { createContractLineInTransaction, updateContractLineInTransaction } from "../contracts/contracts.service.ts";
import { createId } from "../db/create-id.ts";
import type { Db } from "../db/open-database.ts";
import { ApiError, notFound, unknownReference } from "../http/api-error.ts";
import type { ApiCard } from "./card.ts";
import { patchCachedCard } from "./card-cache.ts";
import { buildCardSet } from "./card-set.ts";
import { parseCardId } from "./parse-card-id.ts";
import {
  insertCardDecisionRow,
  listCardDecisionRows,
  loadReconcileData,
  readDataVersion,
} from "./reconciliation.repository.ts";

/** What a card action returns (`API.md` "Decision result"). */
export interface DecisionOutcome {
  card: ApiCard;
  contractLine: ContractLine | null;
  auditEventId: string;
}

/** The decision actor core records, from the audit actor of the request. */
export function decisionActorOf(ctx: WriteContext): DecisionActor {
  return { type: ctx.actor.type, id: ctx.actor.id ?? "", name: ctx.actor.name };
}

const fieldOf: Partial<Record<DecisionRejectionCode, string>> = {
  negative_quantity: "quantity",
  non_integer_quantity: "quantity",
  invalid_effective_date: "effectiveDate",
  missing_contract: "contractId",
};

/** Turns core's refusal into the API's problem; conflicts carry the fresh card. */
export function rejectionToError(rejection: { code: DecisionRejectionCode; message: string }, card: ApiCard): ApiError {
  const field = fieldOf[rejection.code];
  if (field !== undefined) {
    return new ApiError(422, "validation_failed", rejection.message, {
      errors: [{ path: field, message: rejection.message }],
    });
  }
  const code = rejection.code === "stale_card" || rejection.code === "already_decided" ? rejection.code : "wrong_kind";
  return new ApiError(409, code, rejection.message, { extensions: { card } });
}

/** One card of a period computed inside `trx` from only its own account × service. */
export async function loadOneCard(trx: Db, organizationId: string, cardId: string) {
  const parts = parseCardId(cardId);
  if (!parts) return undefined;
  const data = await loadReconcileData(trx, organizationId, parts.period, parts);
  const set = buildCardSet(data, parts.period);
  const core = set.coreCards.get(cardId);
  const api = set.cards.find((card) => card.id === cardId);
  return core && api ? { core, api, period: parts.period } : undefined;
}

/**
 * Writes an applied decision inside `trx`: the line change core asks for (through the
 * contracts service, which audits it too), the card's audit event and the decision row.
 * Returns the changed or created line and the card audit event id.
 */
export async function writeAppliedDecision(
  trx: Db,
  ctx: WriteContext,
  card: Card,
  result: Extract<DecisionResult, { outcome: "applied" }>,
): Promise<{ contractLine: ContractLine | null; auditEventId: string }> {
  let contractLine: ContractLine | null = null;
  let previousQuantity: number | null = null;
  const change = result.lineChange;
  if (change?.kind === "update_quantity") {
    previousQuantity = change.from;
    contractLine = await updateContractLineInTransaction(trx, ctx, change.contractLineId, { quantity: change.to });
  } else if (change?.kind === "create_line") {
    contractLine = await createContractLineInTransaction(trx, ctx, change.contractId, {
      serviceId: change.serviceId,
      quantity: change.quantity,
      ...(change.unitPrice === null ? {} : { unitPrice: change.unitPrice }),
    });
  }
  const audit = result.audit;
  const auditEventId = await recordAuditEvent(trx, {
    ...ctx,
    at: ctx.now,
    type: audit.type,
    subject: { type: "card", id: card.key },
    before: audit.before,
    after: { ...audit.after, contractLineId: contractLine?.id ?? null, previousQuantity },
  });
  const record = result.record;
  await insertCardDecisionRow(trx, {
    id: createId("dec", ctx.now),
    organization_id: ctx.organizationId,
    period: card.period,
    card_key: card.key,
    vendor: card.vendor,
    account_id: card.accountId,
    service_id: card.serviceId,
    action: record.action,
    quantity: record.quantity,
    // Core's record: the contract of an attach only; the line says which contract changed otherwise.
    contract_id: record.contractId,
    contract_line_id: contractLine?.id ?? null,
    previous_quantity: previousQuantity,
    effective_date: record.effectiveDate,
    note: record.note,
    psa_quantity: record.psaQuantity,
    vendor_quantity: record.vendorQuantity,
    card_version: card.version,
    actor_type: ctx.actor.type,
    actor_id: ctx.actor.id,
    actor_name: ctx.actor.name,
    at: record.at,
    audit_event_id: auditEventId,
  });
  return { contractLine, auditEventId };
}

/** Refuses an attach to a contract that is not this organization's, not the card's account's, or ended. */
export async function checkAttachContract(trx: Db, organizationId: string, card: Card, contractId: string) {
  const contract = await findContractRow(trx, organizationId, contractId);
  if (!contract) throw unknownReference("contractId", "contract");
  if (contract.account_id !== card.accountId || contract.status === "ended") {
    throw new ApiError(422, "validation_failed", "The contract must be an open contract of the card's account.", {
      errors: [{ path: "contractId", message: "not an open contract of this account" }],
    });
  }
}

/**
 * Decides one card in one transaction: recomputes the card from the current data inside the
 * transaction (so a concurrent decision that committed first is seen and the loser gets a 409),
 * applies the request through core's applyDecision, then writes the line change, the decision
 * and the audit event together. Repeating the same decision changes nothing and answers the
 * first decision's audit event.
 *
 * @example await decideCard(db, ctx, "spamtitan:2026-12:acc_1:svc_1", { action: "approve", expectedVersion: "1a2b3c4d" });
 */
export async function decideCard(
  db: Db,
  ctx: WriteContext,
  cardId: string,
  request: DecisionRequest,
): Promise<DecisionOutcome> {
  const { outcome, patch } = await db.transaction().execute(async (trx) => {
    const fromVersion = await readDataVersion(trx, ctx.organizationId);
    const loaded = await loadOneCard(trx, ctx.organizationId, cardId);
    if (!loaded) throw notFound("card");
    const result = applyDecision(loaded.core, request, { now: ctx.now, actor: decisionActorOf(ctx) });
    if (!result.ok) throw rejectionToError(result, loaded.api);
    if (result.outcome === "unchanged") {
      return { outcome: await unchangedOutcome(trx, ctx.organizationId, loaded.period, loaded.api), patch: null };
    }
    if (request.action === "attach") {
      await checkAttachContract(trx, ctx.organizationId, loaded.core, request.contractId);
    }
    const { contractLine, auditEventId } = await writeAppliedDecision(trx, ctx, loaded.core, result);
    const fresh = await loadOneCard(trx, ctx.organizationId, cardId);
    const toVersion = await readDataVersion(trx, ctx.organizationId);
    return {
      outcome: { card: fresh?.api ?? loaded.api, contractLine, auditEventId },
      patch: fresh ? { period: loaded.period, fromVersion, toVersion, card: fresh } : null,
    };
  });
  // After the commit only: a rolled-back decision must never reach the cache.
  if (patch) patchCachedCard(db, ctx.organizationId, patch.period, patch, patch.card);
  return outcome;
}

async function unchangedOutcome(trx: Db, organizationId: string, period: Period, card: ApiCard) {
  const rows = await listCardDecisionRows(trx, organizationId, period, card.id);
  const last = rows.at(-1);
  const lineRow =
    last?.contract_line_id === null || last === undefined
      ? undefined
      : await findContractLineRow(trx, organizationId, last.contract_line_id);
  return {
    card,
    contractLine: lineRow ? rowToContractLine(lineRow) : null,
    auditEventId: last?.audit_event_id ?? "",
  };
}
