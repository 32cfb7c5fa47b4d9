import { randomBytes } from "node:crypto";
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** The key file's name inside the data dir. */
export const secretKeyFileName = "secret.key";

/**
 * The 32-byte encryption key: from `TALLY_SECRET_KEY` (base64) when given, else from the key
 * file in the data dir, created with mode 0600 on first start.
 *
 * @example const key = loadSecretKey({ secretKeyBase64: env.TALLY_SECRET_KEY, dataDir: env.TALLY_DATA_DIR });
 */
export function loadSecretKey(input: { secretKeyBase64?: string | undefined; dataDir: string }): Buffer {
  if (input.secretKeyBase64 !== undefined) return decodeKey(input.secretKeyBase64, "TALLY_SECRET_KEY");
  const file = join(input.dataDir, secretKeyFileName);
  mkdirSync(input.dataDir, { recursive: true });
  try {
    writeFileSync(file, randomBytes(32).toString("base64"), { mode: 0o600, flag: "wx" });
    chmodSync(file, 0o600); // the umask may have narrowed or widened the mode on creation
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  return decodeKey(readFileSync(file, "utf8").trim(), file);
}

/** Decodes a base64 key, insisting on exactly 32 bytes. */
export function decodeKey(base64: string, source: string): Buffer {
  const key = Buffer.from(base64, "base64");
  if (key.length !== 32 || key.toString("base64").replace(/=+$/, "") !== base64.trim().replace(/=+$/, "")) {
    throw new Error(`${source}: must be 32 bytes encoded as base64 (e.g. openssl rand -base64 32)`);
  }
  return key;
}
