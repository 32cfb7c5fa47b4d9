import type { Role } from "../api/types.ts";

/** The roles, strongest first, as the role pickers list them. */
export const roles: readonly Role[] = ["owner", "admin", "reconciler", "viewer"];

/** Each role's name and what it may do. */
export const roleLabels: Record<Role, { name: string; description: string }> = {
  owner: { name: "Owner", description: "Everything, including other owners." },
  admin: { name: "Admin", description: "Integrations and users, and everything a reconciler does." },
  reconciler: { name: "Reconciler", description: "Maps vendor items and decides cards; edits the directory." },
  viewer: { name: "Viewer", description: "Reads everything, changes nothing." },
};
