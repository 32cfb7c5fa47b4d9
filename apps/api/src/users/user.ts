import * as v from "valibot";
import type { UserRow } from "../db/database.ts";
import { UserRoleSchema } from "./roles.ts";

/** A user as the API returns it (never the password hash). */
export const UserSchema = v.object({
  id: v.string(),
  email: v.string(),
  name: v.string(),
  role: UserRoleSchema,
  createdAt: v.string(),
  updatedAt: v.string(),
});

/** A user as the API returns it. */
export type User = v.InferOutput<typeof UserSchema>;

/** Maps a stored user row to its API shape. */
export function rowToUser(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
