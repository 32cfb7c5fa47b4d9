import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadSecretKey, secretKeyFileName } from "./load-secret-key.ts";

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), "tally-key-"));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("loadSecretKey", () => {
  it("uses TALLY_SECRET_KEY when given and writes no file", () => {
    const dir = tempDir();
    const base64 = Buffer.alloc(32, 9).toString("base64");
    expect(loadSecretKey({ secretKeyBase64: base64, dataDir: dir })).toEqual(Buffer.alloc(32, 9));
    expect(() => statSync(join(dir, secretKeyFileName))).toThrow();
  });

  it("creates a 32-byte key file with mode 0600 on first start and reuses it after", () => {
    const dir = join(tempDir(), "nested", "data");
    const first = loadSecretKey({ dataDir: dir });
    const file = join(dir, secretKeyFileName);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(first).toHaveLength(32);
    expect(Buffer.from(readFileSync(file, "utf8"), "base64")).toEqual(first);
    expect(loadSecretKey({ dataDir: dir })).toEqual(first);
  });

  it("refuses a key that is not 32 bytes of base64", () => {
    expect(() => loadSecretKey({ secretKeyBase64: "c2hvcnQ=", dataDir: tempDir() })).toThrow(
      /TALLY_SECRET_KEY: must be 32 bytes/,
    );
  });
});
