import { request, requestAll } from "./request.ts";
import type { ApiToken, CreatedApiToken } from "./types.ts";

/** `GET /api/v1/tokens` — the signed-in user's API tokens (never their secrets). */
export function listApiTokens(): Promise<ApiToken[]> {
  return requestAll<ApiToken>("/api/v1/tokens");
}

/** `POST /api/v1/tokens {name}` — the answer holds the token, shown this once only. */
export function createApiToken(name: string): Promise<CreatedApiToken> {
  return request<CreatedApiToken>("POST", "/api/v1/tokens", { body: { name } });
}

/** `DELETE /api/v1/tokens/:id` — revokes the token at once. */
export async function revokeApiToken(id: string): Promise<void> {
  await request<unknown>("DELETE", `/api/v1/tokens/${encodeURIComponent(id)}`);
}
