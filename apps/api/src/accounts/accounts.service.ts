import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { WriteContext } from "../audit/write-context.ts";
import { createId } from "../db/create-id.ts";
import type { Db } from "../db/open-database.ts";
import { conflict, notFound } from "../http/api-error.ts";
import { type Account, type AccountPatch, type NewAccount, rowToAccount } from "./account.ts";
import {
  countContractsOfAccount,
  deleteAccountRow,
  findAccountByExternalId,
  findAccountRow,
  insertAccountRow,
  updateAccountRow,
} from "./accounts.repository.ts";

async function assertExternalIdFree(
  trx: Db,
  ctx: WriteContext,
  externalId: string | null | undefined,
  exceptId?: string,
) {
  if (externalId === null || externalId === undefined) return;
  const holder = await findAccountByExternalId(trx, ctx.organizationId, externalId);
  if (holder && holder.id !== exceptId)
    throw conflict(`Account "${holder.name}" already has external id "${externalId}".`);
}

/** Creates an account inside the caller's transaction (used by the import too). */
export async function createAccountInTransaction(trx: Db, ctx: WriteContext, input: NewAccount): Promise<Account> {
  await assertExternalIdFree(trx, ctx, input.externalId);
  const at = ctx.now.toISOString();
  const row = {
    id: createId("acc", ctx.now),
    organization_id: ctx.organizationId,
    name: input.name,
    external_id: input.externalId ?? null,
    domain: input.domain ?? null,
    active: input.active === false ? 0 : 1,
    created_at: at,
    updated_at: at,
  };
  await insertAccountRow(trx, row);
  const account = rowToAccount(row);
  await recordAuditEvent(trx, {
    ...ctx,
    at: ctx.now,
    type: "account.created",
    subject: { type: "account", id: row.id },
    after: account,
  });
  return account;
}

/** Updates an account inside the caller's transaction; another organization's id is a 404. */
export async function updateAccountInTransaction(
  trx: Db,
  ctx: WriteContext,
  id: string,
  patch: AccountPatch,
): Promise<Account> {
  const row = await findAccountRow(trx, ctx.organizationId, id);
  if (!row) throw notFound("account");
  await assertExternalIdFree(trx, ctx, patch.externalId, id);
  const updated = {
    ...row,
    ...(patch.name !== undefined ? { name: patch.name } : {}),
    ...(patch.externalId !== undefined ? { external_id: patch.externalId } : {}),
    ...(patch.domain !== undefined ? { domain: patch.domain } : {}),
    ...(patch.active !== undefined ? { active: patch.active ? 1 : 0 } : {}),
    updated_at: ctx.now.toISOString(),
  };
  await updateAccountRow(trx, ctx.organizationId, id, updated);
  const before = rowToAccount(row);
  const after = rowToAccount(updated);
  await recordAuditEvent(trx, {
    ...ctx,
    at: ctx.now,
    type: "account.updated",
    subject: { type: "account", id },
    before,
    after,
  });
  return after;
}

/**
 * Creates an account; a duplicate external id is a 409.
 *
 * @example await createAccount(db, writeContextOf(actor, now), { name: "Acme Ltd" });
 */
export function createAccount(db: Db, ctx: WriteContext, input: NewAccount): Promise<Account> {
  return db.transaction().execute((trx) => createAccountInTransaction(trx, ctx, input));
}

/** Updates an account; a duplicate external id is a 409. */
export function updateAccount(db: Db, ctx: WriteContext, id: string, patch: AccountPatch): Promise<Account> {
  return db.transaction().execute((trx) => updateAccountInTransaction(trx, ctx, id, patch));
}

/** Deletes an account that has no contracts (409 otherwise). */
export async function deleteAccount(db: Db, ctx: WriteContext, id: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await findAccountRow(trx, ctx.organizationId, id);
    if (!row) throw notFound("account");
    const contracts = await countContractsOfAccount(trx, ctx.organizationId, id);
    if (contracts > 0) {
      throw conflict(
        `Account "${row.name}" has ${contracts} contract(s); end or move them before deleting it, or mark it inactive.`,
      );
    }
    await deleteAccountRow(trx, ctx.organizationId, id);
    await recordAuditEvent(trx, {
      ...ctx,
      at: ctx.now,
      type: "account.deleted",
      subject: { type: "account", id },
      before: rowToAccount(row),
    });
  });
}
