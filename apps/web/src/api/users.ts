import { apiClient, callApi, callApiForAllPages } from "./api-client.ts";
import type { OrganizationUser, Role } from "./types.ts";

const users = () => apiClient().api.v1.users;

/** What creating a user takes. */
export interface NewUserFields {
  email: string;
  name: string;
  role: Role;
  password: string;
}

/** `GET /api/v1/users` (admin) — every user of the organization. */
export function listUsers(): Promise<OrganizationUser[]> {
  return callApiForAllPages((query) => callApi(users().$get({ query })));
}

/** `POST /api/v1/users` (admin). */
export function createUser(fields: NewUserFields): Promise<OrganizationUser> {
  return callApi(users().$post({ json: fields }));
}

/** `PATCH /api/v1/users/:id {role}` (admin); the last owner cannot be demoted (409 `last_owner`). */
export function changeUserRole(id: string, role: Role): Promise<OrganizationUser> {
  return callApi(users()[":id"].$patch({ param: { id }, json: { role } }));
}

/** `DELETE /api/v1/users/:id` (admin). */
export async function removeUser(id: string): Promise<void> {
  await callApi(users()[":id"].$delete({ param: { id } }));
}
