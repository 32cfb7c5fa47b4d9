import * as v from "valibot";

/** The roles, weakest first. */
export const userRoles = ["viewer", "reconciler", "admin", "owner"] as const;

/** What a user may do: viewer reads; reconciler maps and decides; admin manages integrations and users; owner too. */
export type UserRole = (typeof userRoles)[number];

/** The role schema for request bodies. */
export const UserRoleSchema = v.picklist(userRoles);

/** Whether `role` is at least `needed`. */
export function hasRole(role: UserRole, needed: UserRole): boolean {
  return userRoles.indexOf(role) >= userRoles.indexOf(needed);
}
