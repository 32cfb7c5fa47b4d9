import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { ApiError } from "../http/api-error.ts";

/** Encrypts and decrypts vendor credentials at rest. */
export interface SecretBox {
  encrypt(plaintext: string): string;
  decrypt(ciphertext: string): string;
}

const version = "v1";

/**
 * An AES-256-GCM box over a 32-byte key: `v1.<iv>.<tag>.<ciphertext>` (base64url), a fresh
 * 12-byte IV per message; any tampering fails decryption.
 *
 * @example const box = createSecretBox(key); box.decrypt(box.encrypt("api-key")) === "api-key";
 */
export function createSecretBox(key: Buffer): SecretBox {
  if (key.length !== 32) throw new Error("The secret key must be 32 bytes");
  return {
    encrypt(plaintext) {
      const iv = randomBytes(12);
      const cipher = createCipheriv("aes-256-gcm", key, iv);
      const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
      return [version, iv, cipher.getAuthTag(), body]
        .map((p) => (typeof p === "string" ? p : p.toString("base64url")))
        .join(".");
    },
    decrypt(ciphertext) {
      const [v, iv, tag, body] = ciphertext.split(".");
      if (v !== version || iv === undefined || tag === undefined || body === undefined) {
        throw new ApiError(500, "secret_unreadable", "A stored secret is malformed.");
      }
      try {
        const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
        decipher.setAuthTag(Buffer.from(tag, "base64url"));
        return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
      } catch (cause) {
        throw new ApiError(
          500,
          "secret_unreadable",
          "A stored secret could not be decrypted (wrong key or tampered).",
          { cause },
        );
      }
    },
  };
}
