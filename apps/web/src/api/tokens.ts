import { apiClient, callApi, callApiForAllPages } from "./api-client.ts";
import type { ApiToken, CreatedApiToken } from "./types.ts";

const tokens = () => apiClient().api.v1.tokens;

/** `GET /api/v1/tokens` — the signed-in user's API tokens (never their secrets). */
export function listApiTokens(): Promise<ApiToken[]> {
  return callApiForAllPages((query) => callApi(tokens().$get({ query })));
}

/** `POST /api/v1/tokens {name}` — the answer holds the token, shown this once only. */
export function createApiToken(name: string): Promise<CreatedApiToken> {
  return callApi(tokens().$post({ json: { name } }));
}

/** `DELETE /api/v1/tokens/:id` — revokes the token at once. */
export async function revokeApiToken(id: string): Promise<void> {
  await callApi(tokens()[":id"].$delete({ param: { id } }));
}
