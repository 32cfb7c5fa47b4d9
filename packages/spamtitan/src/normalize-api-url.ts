/** The outcome of normalising a pasted API URL. */
export type NormalizedApiUrl = { ok: true; value: string } | { ok: false; message: string };

/**
 * Turns what a user pastes as "API URL" into the base URL of the SpamTitan REST API.
 *
 * @example normalizeApiUrl("st.example.com/") // { ok: true, value: "https://st.example.com/restapi" }
 */
export function normalizeApiUrl(input: string): NormalizedApiUrl {
  const trimmed = input.trim();
  if (trimmed === "") return { ok: false, message: "Enter the API URL of your SpamTitan server." };
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, message: "This is not a valid URL." };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    return { ok: false, message: "The API URL must start with https:// or http://." };
  }
  const path = url.pathname.replace(/\/+$/, "");
  const base = path.endsWith("/restapi") ? path : `${path}/restapi`;
  return { ok: true, value: `${url.origin}${base}` };
}
