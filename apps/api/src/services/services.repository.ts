import { containsText } from "../db/contains-text.ts";
import type { NewServiceRow, ServiceRow, ServiceUpdate } from "../db/database.ts";
import type { Db } from "../db/open-database.ts";

/** An organization's services in id order after the keyset id; `q` matches name or SKU. */
export function listServiceRows(
  db: Db,
  organizationId: string,
  q: string | undefined,
  after: string | undefined,
  take: number,
): Promise<ServiceRow[]> {
  let query = db.selectFrom("services").selectAll().where("organization_id", "=", organizationId);
  if (q !== undefined) query = query.where((eb) => eb.or([containsText("name", q), containsText("sku", q)]));
  if (after !== undefined) query = query.where("id", ">", after);
  return query.orderBy("id").limit(take).execute();
}

/** One service of the organization. */
export function findServiceRow(db: Db, organizationId: string, id: string): Promise<ServiceRow | undefined> {
  return db
    .selectFrom("services")
    .selectAll()
    .where("organization_id", "=", organizationId)
    .where("id", "=", id)
    .executeTakeFirst();
}

/** The organization's service with this SKU. */
export function findServiceBySku(db: Db, organizationId: string, sku: string): Promise<ServiceRow | undefined> {
  return db
    .selectFrom("services")
    .selectAll()
    .where("organization_id", "=", organizationId)
    .where("sku", "=", sku)
    .executeTakeFirst();
}

/** Inserts a service. */
export async function insertServiceRow(db: Db, row: NewServiceRow): Promise<void> {
  await db.insertInto("services").values(row).execute();
}

/** Updates a service of the organization. */
export async function updateServiceRow(
  db: Db,
  organizationId: string,
  id: string,
  changes: ServiceUpdate,
): Promise<void> {
  await db
    .updateTable("services")
    .set(changes)
    .where("organization_id", "=", organizationId)
    .where("id", "=", id)
    .execute();
}

/** Deletes a service of the organization. */
export async function deleteServiceRow(db: Db, organizationId: string, id: string): Promise<void> {
  await db.deleteFrom("services").where("organization_id", "=", organizationId).where("id", "=", id).execute();
}

/** How many contract lines bill a service. */
export async function countLinesOfService(db: Db, organizationId: string, serviceId: string): Promise<number> {
  const row = await db
    .selectFrom("contract_lines")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("organization_id", "=", organizationId)
    .where("service_id", "=", serviceId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
