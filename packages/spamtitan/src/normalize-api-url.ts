/** The outcome of normalising a pasted API URL. */
export type NormalizedApiUrl = { ok: true; value: string } | { ok: false; code: "invalid_url"; message: string };

function reject(message: string): NormalizedApiUrl {
  return { ok: false, code: "invalid_url", message };
}

/**
 * Turns what a user pastes as "API URL" into the base URL of the SpamTitan REST API: adds https://
 * to a bare host, keeps http://, drops trailing slashes, keeps a path prefix and appends /restapi.
 *
 * @example normalizeApiUrl("st.example.com/") // { ok: true, value: "https://st.example.com/restapi" }
 */
export function normalizeApiUrl(input: string): NormalizedApiUrl {
  const trimmed = input.trim();
  if (trimmed === "") return reject("Enter the API URL of your SpamTitan server, e.g. https://spamtitan.example.com.");
  if (/\s/.test(trimmed)) return reject("The API URL must not contain spaces.");
  const schemeMatch = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed);
  const hasAuthority = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed);
  // "host:9100" parses as scheme "host"; only treat it as a scheme when "//" follows or it is a known one.
  const looksLikeScheme = schemeMatch !== null && (hasAuthority || !/^\d/.test(trimmed.slice(schemeMatch[0].length)));
  const withScheme = hasAuthority ? trimmed : looksLikeScheme ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return reject(
      "This is not a valid URL. Paste the address of your SpamTitan server, e.g. https://spamtitan.example.com.",
    );
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    return reject("The API URL must start with https:// (or http:// for a lab server).");
  }
  if (url.hostname === "") return reject("The API URL has no host name.");
  if (url.username !== "" || url.password !== "") {
    return reject("Remove the user name and password from the API URL; the API key is entered separately.");
  }
  if (url.search !== "" || trimmed.includes("?")) return reject("Remove the query string (?…) from the API URL.");
  if (url.hash !== "" || trimmed.includes("#")) return reject("Remove the fragment (#…) from the API URL.");
  const path = url.pathname.replace(/\/+$/, "");
  const base = path.endsWith("/restapi") ? path : `${path}/restapi`;
  return { ok: true, value: `${url.origin}${base}` };
}
