import * as v from "valibot";
import type { ApiTokenRow } from "../db/database.ts";

/** A token as listed (never the secret). */
export const ApiTokenSchema = v.object({
  id: v.string(),
  name: v.string(),
  hint: v.string(),
  createdAt: v.string(),
  lastUsedAt: v.nullable(v.string()),
  revokedAt: v.nullable(v.string()),
});

/** A token as listed. */
export type ApiToken = v.InferOutput<typeof ApiTokenSchema>;

/** Maps a stored token row to its API shape. */
export function rowToApiToken(row: ApiTokenRow): ApiToken {
  return {
    id: row.id,
    name: row.name,
    hint: row.token_hint,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}
