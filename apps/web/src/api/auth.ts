import { apiClient, callApi } from "./api-client.ts";
import type { CurrentUser, Role } from "./types.ts";

interface MeBody {
  user?: Partial<CurrentUser>;
  organization?: { id: string; name: string };
  id?: string;
  email?: string;
  name?: string;
  role?: Role;
}

/**
 * Reads `GET /auth/me` (or the login answer) as a `CurrentUser`. The API may nest the user
 * (`{ user, organization }`) or send it flat; both read the same so the two teams' work meets.
 */
export function readCurrentUser(body: MeBody): CurrentUser {
  const user = body.user ?? body;
  return {
    id: user.id ?? "",
    email: user.email ?? "",
    name: user.name ?? user.email ?? "",
    role: user.role ?? "viewer",
    organization: user.organization ?? body.organization ?? { id: "", name: "" },
  };
}

/** `GET /api/v1/auth/me` — who is signed in; throws `unauthenticated` (401) when no one is. */
export async function getCurrentUser(): Promise<CurrentUser> {
  return readCurrentUser(await callApi(apiClient().api.v1.auth.me.$get()));
}

/** `POST /api/v1/auth/login {email, password}` — sets the session cookie, then reads who signed in. */
export async function signIn(email: string, password: string): Promise<CurrentUser> {
  await callApi(apiClient().api.v1.auth.login.$post({ json: { email, password } }));
  return getCurrentUser();
}

/** `POST /api/v1/auth/logout` — ends the session. */
export async function signOut(): Promise<void> {
  await callApi(apiClient().api.v1.auth.logout.$post());
}

/** Whether a role may connect, configure and disconnect integrations. */
export function canManageIntegrations(role: Role): boolean {
  return role === "owner" || role === "admin";
}

/** Whether a role may change mappings (and later, approve cards). */
export function canMap(role: Role): boolean {
  return role !== "viewer";
}
