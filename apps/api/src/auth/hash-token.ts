import { createHash, randomBytes } from "node:crypto";

/** The sha256 (hex) under which a session id or API token is stored. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A fresh unguessable secret (32 random bytes, base64url) with a readable prefix. */
export function createSecretToken(prefix: "tly" | "ses"): string {
  return `${prefix}_${randomBytes(32).toString("base64url")}`;
}
