import { findAccountRow } from "../accounts/accounts.repository.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { WriteContext } from "../audit/write-context.ts";
import { createId } from "../db/create-id.ts";
import type { Db } from "../db/open-database.ts";
import { ApiError, notFound, unknownReference } from "../http/api-error.ts";
import { toDecimalText } from "../services/money.ts";
import { findServiceRow } from "../services/services.repository.ts";
import {
  type Contract,
  type ContractLine,
  type ContractLinePatch,
  type ContractPatch,
  type NewContract,
  type NewContractLine,
  rowToContract,
  rowToContractLine,
} from "./contract.ts";
import {
  deleteContractLineRow,
  findContractLineRow,
  findContractRow,
  insertContractLineRow,
  insertContractRow,
  updateContractLineRow,
  updateContractRow,
} from "./contracts.repository.ts";

function assertDateOrder(startDate: string, endDate: string | null) {
  if (endDate !== null && endDate < startDate) {
    throw new ApiError(422, "validation_failed", "The contract ends before it starts.", {
      errors: [{ path: "endDate", message: "must not be before startDate" }],
    });
  }
}

/** Creates a contract inside the caller's transaction (used by the import too). */
export async function createContractInTransaction(trx: Db, ctx: WriteContext, input: NewContract): Promise<Contract> {
  const account = await findAccountRow(trx, ctx.organizationId, input.accountId);
  if (!account) throw unknownReference("accountId", "account");
  assertDateOrder(input.startDate, input.endDate ?? null);
  const at = ctx.now.toISOString();
  const row = {
    id: createId("ctr", ctx.now),
    organization_id: ctx.organizationId,
    account_id: account.id,
    name: input.name,
    status: input.status ?? "active",
    start_date: input.startDate,
    end_date: input.endDate ?? null,
    created_at: at,
    updated_at: at,
  };
  await insertContractRow(trx, row);
  const contract = rowToContract({ ...row, account_name: account.name });
  await recordAuditEvent(trx, {
    ...ctx,
    at: ctx.now,
    type: "contract.created",
    subject: { type: "contract", id: row.id },
    after: contract,
  });
  return contract;
}

/**
 * Creates a contract for one of the organization's accounts.
 *
 * @example await createContract(db, ctx, { accountId, name: "Email security", startDate: "2026-01-01" });
 */
export function createContract(db: Db, ctx: WriteContext, input: NewContract): Promise<Contract> {
  return db.transaction().execute((trx) => createContractInTransaction(trx, ctx, input));
}

/** Changes a contract (its account, name, status or dates). */
export function updateContract(db: Db, ctx: WriteContext, id: string, patch: ContractPatch): Promise<Contract> {
  return db.transaction().execute(async (trx) => {
    const row = await findContractRow(trx, ctx.organizationId, id);
    if (!row) throw notFound("contract");
    let accountName = row.account_name;
    if (patch.accountId !== undefined && patch.accountId !== row.account_id) {
      const account = await findAccountRow(trx, ctx.organizationId, patch.accountId);
      if (!account) throw unknownReference("accountId", "account");
      accountName = account.name;
    }
    const { account_name: _, ...stored } = row;
    const updated = {
      ...stored,
      ...(patch.accountId !== undefined ? { account_id: patch.accountId } : {}),
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.status !== undefined ? { status: patch.status } : {}),
      ...(patch.startDate !== undefined ? { start_date: patch.startDate } : {}),
      ...(patch.endDate !== undefined ? { end_date: patch.endDate } : {}),
      updated_at: ctx.now.toISOString(),
    };
    assertDateOrder(updated.start_date, updated.end_date);
    await updateContractRow(trx, ctx.organizationId, id, updated);
    const before = rowToContract(row);
    const after = rowToContract({ ...updated, account_name: accountName });
    await recordAuditEvent(trx, {
      ...ctx,
      at: ctx.now,
      type: "contract.updated",
      subject: { type: "contract", id },
      before,
      after,
    });
    return after;
  });
}

/** Adds a line to a contract inside the caller's transaction; unitPrice defaults to the service's. */
export async function createContractLineInTransaction(
  trx: Db,
  ctx: WriteContext,
  contractId: string,
  input: NewContractLine,
): Promise<ContractLine> {
  const contract = await findContractRow(trx, ctx.organizationId, contractId);
  if (!contract) throw notFound("contract");
  const service = await findServiceRow(trx, ctx.organizationId, input.serviceId);
  if (!service) throw unknownReference("serviceId", "service");
  const at = ctx.now.toISOString();
  const row = {
    id: createId("cln", ctx.now),
    organization_id: ctx.organizationId,
    contract_id: contractId,
    service_id: service.id,
    quantity: input.quantity,
    unit_price: input.unitPrice === undefined ? service.unit_price : toDecimalText(input.unitPrice),
    created_at: at,
    updated_at: at,
  };
  await insertContractLineRow(trx, row);
  const line = rowToContractLine(row);
  await recordAuditEvent(trx, {
    ...ctx,
    at: ctx.now,
    type: "contract_line.created",
    subject: { type: "contract_line", id: row.id },
    after: line,
  });
  return line;
}

/** Changes a contract line inside the caller's transaction. */
export async function updateContractLineInTransaction(
  trx: Db,
  ctx: WriteContext,
  id: string,
  patch: ContractLinePatch,
): Promise<ContractLine> {
  const row = await findContractLineRow(trx, ctx.organizationId, id);
  if (!row) throw notFound("contract line");
  if (patch.serviceId !== undefined && patch.serviceId !== row.service_id) {
    if (!(await findServiceRow(trx, ctx.organizationId, patch.serviceId)))
      throw unknownReference("serviceId", "service");
  }
  const updated = {
    ...row,
    ...(patch.serviceId !== undefined ? { service_id: patch.serviceId } : {}),
    ...(patch.quantity !== undefined ? { quantity: patch.quantity } : {}),
    ...(patch.unitPrice !== undefined ? { unit_price: toDecimalText(patch.unitPrice) } : {}),
    updated_at: ctx.now.toISOString(),
  };
  await updateContractLineRow(trx, ctx.organizationId, id, updated);
  const before = rowToContractLine(row);
  const after = rowToContractLine(updated);
  await recordAuditEvent(trx, {
    ...ctx,
    at: ctx.now,
    type: "contract_line.updated",
    subject: { type: "contract_line", id },
    before,
    after,
  });
  return after;
}

/** Adds a line to a contract. */
export function createContractLine(
  db: Db,
  ctx: WriteContext,
  contractId: string,
  input: NewContractLine,
): Promise<ContractLine> {
  return db.transaction().execute((trx) => createContractLineInTransaction(trx, ctx, contractId, input));
}

/** Changes a contract line. */
export function updateContractLine(
  db: Db,
  ctx: WriteContext,
  id: string,
  patch: ContractLinePatch,
): Promise<ContractLine> {
  return db.transaction().execute((trx) => updateContractLineInTransaction(trx, ctx, id, patch));
}

/** Removes a contract line. */
export async function deleteContractLine(db: Db, ctx: WriteContext, id: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await findContractLineRow(trx, ctx.organizationId, id);
    if (!row) throw notFound("contract line");
    await deleteContractLineRow(trx, ctx.organizationId, id);
    await recordAuditEvent(trx, {
      ...ctx,
      at: ctx.now,
      type: "contract_line.deleted",
      subject: { type: "contract_line", id },
      before: rowToContractLine(row),
    });
  });
}
