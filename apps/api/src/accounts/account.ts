import * as v from "valibot";
import type { AccountRow } from "../db/database.ts";

const Name = v.pipe(v.string(), v.trim(), v.minLength(1, "must not be empty"), v.maxLength(200));
const ExternalId = v.pipe(v.string(), v.trim(), v.minLength(1, "must not be empty"), v.maxLength(100));
const Domain = v.pipe(
  v.string(),
  v.trim(),
  v.toLowerCase(),
  v.regex(/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, "must be a domain like example.com"),
);

/** An MSP customer as the API returns it. */
export const AccountSchema = v.object({
  id: v.string(),
  name: v.string(),
  externalId: v.nullable(v.string()),
  domain: v.nullable(v.string()),
  active: v.boolean(),
  createdAt: v.string(),
  updatedAt: v.string(),
});

/** An MSP customer as the API returns it. */
export type Account = v.InferOutput<typeof AccountSchema>;

/** The body of POST /accounts. */
export const NewAccountSchema = v.object({
  name: Name,
  externalId: v.optional(v.nullable(ExternalId)),
  domain: v.optional(v.nullable(Domain)),
  active: v.optional(v.boolean()),
});

/** A new account's fields. */
export type NewAccount = v.InferOutput<typeof NewAccountSchema>;

/** The body of PATCH /accounts/:id. */
export const AccountPatchSchema = v.partial(NewAccountSchema);

/** The fields an account update may change. */
export type AccountPatch = v.InferOutput<typeof AccountPatchSchema>;

/** Maps a stored account row to its API shape. */
export function rowToAccount(row: AccountRow): Account {
  return {
    id: row.id,
    name: row.name,
    externalId: row.external_id,
    domain: row.domain,
    active: row.active === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
