import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createSecretBox } from "./secret-box.ts";

describe("createSecretBox", () => {
  it("round-trips a secret, with a fresh ciphertext each time", () => {
    const box = createSecretBox(randomBytes(32));
    const a = box.encrypt("st-api-key-1234");
    const b = box.encrypt("st-api-key-1234");
    expect(a).not.toBe(b);
    expect(a).not.toContain("st-api-key");
    expect(box.decrypt(a)).toBe("st-api-key-1234");
    expect(box.decrypt(b)).toBe("st-api-key-1234");
  });

  it("detects a tampered ciphertext, tag or IV", () => {
    const box = createSecretBox(randomBytes(32));
    const [v, iv, tag, body] = box.encrypt("secret").split(".") as [string, string, string, string];
    const flip = (s: string) => {
      const bytes = Buffer.from(s, "base64url");
      bytes[0] = (bytes[0] ?? 0) ^ 1;
      return bytes.toString("base64url");
    };
    for (const tampered of [
      [v, iv, tag, flip(body)],
      [v, iv, flip(tag), body],
      [v, flip(iv), tag, body],
    ]) {
      expect(() => box.decrypt(tampered.join("."))).toThrow(expect.objectContaining({ code: "secret_unreadable" }));
    }
    expect(() => box.decrypt("not a secret")).toThrow(expect.objectContaining({ code: "secret_unreadable" }));
  });

  it("cannot decrypt with another key", () => {
    const sealed = createSecretBox(randomBytes(32)).encrypt("secret");
    expect(() => createSecretBox(randomBytes(32)).decrypt(sealed)).toThrow(/wrong key or tampered/);
  });

  it("refuses a key that is not 32 bytes", () => {
    expect(() => createSecretBox(randomBytes(16))).toThrow(/32 bytes/);
  });
});
