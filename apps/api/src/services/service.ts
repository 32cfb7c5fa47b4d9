import * as v from "valibot";
import type { ServiceRow } from "../db/database.ts";
import { fromDecimalText, MoneySchema } from "./money.ts";

/** A catalog service as the API returns it. */
export const ServiceSchema = v.object({
  id: v.string(),
  name: v.string(),
  sku: v.nullable(v.string()),
  unitPrice: v.number(),
  unitCost: v.number(),
  createdAt: v.string(),
  updatedAt: v.string(),
});

/** A catalog service as the API returns it. */
export type Service = v.InferOutput<typeof ServiceSchema>;

/** The body of POST /services. */
export const NewServiceSchema = v.object({
  name: v.pipe(v.string(), v.trim(), v.minLength(1, "must not be empty"), v.maxLength(200)),
  sku: v.optional(v.nullable(v.pipe(v.string(), v.trim(), v.minLength(1, "must not be empty"), v.maxLength(100)))),
  unitPrice: MoneySchema,
  unitCost: v.optional(MoneySchema),
});

/** A new service's fields. */
export type NewService = v.InferOutput<typeof NewServiceSchema>;

/** The body of PATCH /services/:id. */
export const ServicePatchSchema = v.partial(NewServiceSchema);

/** The fields a service update may change. */
export type ServicePatch = v.InferOutput<typeof ServicePatchSchema>;

/** Maps a stored service row to its API shape. */
export function rowToService(row: ServiceRow): Service {
  return {
    id: row.id,
    name: row.name,
    sku: row.sku,
    unitPrice: fromDecimalText(row.unit_price),
    unitCost: fromDecimalText(row.unit_cost),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
