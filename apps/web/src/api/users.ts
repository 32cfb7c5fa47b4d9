import { request, requestAll } from "./request.ts";
import type { OrganizationUser, Role } from "./types.ts";

/** What creating a user takes. */
export interface NewUserFields {
  email: string;
  name: string;
  role: Role;
  password: string;
}

/** `GET /api/v1/users` (admin) — every user of the organization. */
export function listUsers(): Promise<OrganizationUser[]> {
  return requestAll<OrganizationUser>("/api/v1/users");
}

/** `POST /api/v1/users` (admin). */
export function createUser(fields: NewUserFields): Promise<OrganizationUser> {
  return request<OrganizationUser>("POST", "/api/v1/users", { body: fields });
}

/** `PATCH /api/v1/users/:id {role}` (admin); the last owner cannot be demoted (409 `last_owner`). */
export function changeUserRole(id: string, role: Role): Promise<OrganizationUser> {
  return request<OrganizationUser>("PATCH", `/api/v1/users/${encodeURIComponent(id)}`, { body: { role } });
}

/** `DELETE /api/v1/users/:id` (admin). */
export async function removeUser(id: string): Promise<void> {
  await request<unknown>("DELETE", `/api/v1/users/${encodeURIComponent(id)}`);
}
