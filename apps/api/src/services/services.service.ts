import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { WriteContext } from "../audit/write-context.ts";
import { createId } from "../db/create-id.ts";
import type { Db } from "../db/open-database.ts";
import { conflict, notFound } from "../http/api-error.ts";
import { toDecimalText } from "./money.ts";
import { type NewService, rowToService, type Service, type ServicePatch } from "./service.ts";
import {
  countLinesOfService,
  deleteServiceRow,
  findServiceBySku,
  findServiceRow,
  insertServiceRow,
  updateServiceRow,
} from "./services.repository.ts";

async function assertSkuFree(trx: Db, ctx: WriteContext, sku: string | null | undefined, exceptId?: string) {
  if (sku === null || sku === undefined) return;
  const holder = await findServiceBySku(trx, ctx.organizationId, sku);
  if (holder && holder.id !== exceptId) throw conflict(`Service "${holder.name}" already has SKU "${sku}".`);
}

/** Creates a service inside the caller's transaction (used by the import too). */
export async function createServiceInTransaction(trx: Db, ctx: WriteContext, input: NewService): Promise<Service> {
  await assertSkuFree(trx, ctx, input.sku);
  const at = ctx.now.toISOString();
  const row = {
    id: createId("svc", ctx.now),
    organization_id: ctx.organizationId,
    name: input.name,
    sku: input.sku ?? null,
    unit_price: toDecimalText(input.unitPrice),
    unit_cost: toDecimalText(input.unitCost ?? 0),
    created_at: at,
    updated_at: at,
  };
  await insertServiceRow(trx, row);
  const service = rowToService(row);
  await recordAuditEvent(trx, {
    ...ctx,
    at: ctx.now,
    type: "service.created",
    subject: { type: "service", id: row.id },
    after: service,
  });
  return service;
}

/** Updates a service inside the caller's transaction; existing contract lines keep their own price. */
export async function updateServiceInTransaction(
  trx: Db,
  ctx: WriteContext,
  id: string,
  patch: ServicePatch,
): Promise<Service> {
  const row = await findServiceRow(trx, ctx.organizationId, id);
  if (!row) throw notFound("service");
  await assertSkuFree(trx, ctx, patch.sku, id);
  const updated = {
    ...row,
    ...(patch.name !== undefined ? { name: patch.name } : {}),
    ...(patch.sku !== undefined ? { sku: patch.sku } : {}),
    ...(patch.unitPrice !== undefined ? { unit_price: toDecimalText(patch.unitPrice) } : {}),
    ...(patch.unitCost !== undefined ? { unit_cost: toDecimalText(patch.unitCost) } : {}),
    updated_at: ctx.now.toISOString(),
  };
  await updateServiceRow(trx, ctx.organizationId, id, updated);
  const before = rowToService(row);
  const after = rowToService(updated);
  await recordAuditEvent(trx, {
    ...ctx,
    at: ctx.now,
    type: "service.updated",
    subject: { type: "service", id },
    before,
    after,
  });
  return after;
}

/**
 * Creates a catalog service; a duplicate SKU is a 409.
 *
 * @example await createService(db, ctx, { name: "SpamTitan Email Security", unitPrice: 2.5 });
 */
export function createService(db: Db, ctx: WriteContext, input: NewService): Promise<Service> {
  return db.transaction().execute((trx) => createServiceInTransaction(trx, ctx, input));
}

/** Updates a catalog service. */
export function updateService(db: Db, ctx: WriteContext, id: string, patch: ServicePatch): Promise<Service> {
  return db.transaction().execute((trx) => updateServiceInTransaction(trx, ctx, id, patch));
}

/** Deletes a service no contract line bills (409 otherwise). */
export async function deleteService(db: Db, ctx: WriteContext, id: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await findServiceRow(trx, ctx.organizationId, id);
    if (!row) throw notFound("service");
    const lines = await countLinesOfService(trx, ctx.organizationId, id);
    if (lines > 0) throw conflict(`Service "${row.name}" is billed on ${lines} contract line(s); remove those first.`);
    await deleteServiceRow(trx, ctx.organizationId, id);
    await recordAuditEvent(trx, {
      ...ctx,
      at: ctx.now,
      type: "service.deleted",
      subject: { type: "service", id },
      before: rowToService(row),
    });
  });
}
