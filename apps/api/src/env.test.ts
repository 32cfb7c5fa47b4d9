import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readEnv, resolveDatabaseTarget } from "./env.ts";

describe("readEnv", () => {
  it("gives the documented defaults for an empty environment", () => {
    const env = readEnv({});
    expect(env).toMatchObject({
      PORT: 8787,
      TALLY_DATA_DIR: "./data",
      TALLY_DEMO: false,
      TALLY_SYNC_SCHEDULE: "0 3 * * *",
    });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.TALLY_SECRET_KEY).toBeUndefined();
  });

  it("turns the demo on by default under pnpm start, and TALLY_DEMO=0 turns it off", () => {
    expect(readEnv({}, { demoByDefault: true }).TALLY_DEMO).toBe(true);
    expect(readEnv({ TALLY_DEMO: "0" }, { demoByDefault: true }).TALLY_DEMO).toBe(false);
    expect(readEnv({ TALLY_DEMO: "1" }).TALLY_DEMO).toBe(true);
  });

  it.each([
    ["PORT", "eighty"],
    ["PORT", "70000"],
    ["TALLY_DEMO", "yes"],
    ["TALLY_SYNC_SCHEDULE", "every day"],
    ["TALLY_SECRET_KEY", "c2hvcnQ="],
    ["TALLY_ADMIN_EMAIL", "not-an-email"],
    ["TALLY_ADMIN_PASSWORD", "short"],
    ["DATABASE_URL", "mysql://db/tally"],
  ])("rejects %s=%s naming the variable", (name, value) => {
    expect(() => readEnv({ [name]: value })).toThrow(new RegExp(`${name}:`));
  });

  it('accepts "off" as a sync schedule, meaning no schedule', () => {
    expect(readEnv({ TALLY_SYNC_SCHEDULE: "off" }).TALLY_SYNC_SCHEDULE).toBeNull();
    expect(readEnv({ TALLY_SYNC_SCHEDULE: "30 2 * * 1-5" }).TALLY_SYNC_SCHEDULE).toBe("30 2 * * 1-5");
  });

  it("accepts a base64 32-byte secret key", () => {
    const key = Buffer.alloc(32, 7).toString("base64");
    expect(readEnv({ TALLY_SECRET_KEY: key }).TALLY_SECRET_KEY).toBe(key);
  });
});

describe("resolveDatabaseTarget", () => {
  it("uses a SQLite file in the data dir", () => {
    expect(resolveDatabaseTarget(readEnv({ TALLY_DATA_DIR: "/tmp/x" }), join)).toEqual({
      ok: true,
      kind: "sqlite",
      file: "/tmp/x/tally.sqlite",
    });
  });

  it("accepts a postgres:// URL syntactically but says PostgreSQL is not supported yet", () => {
    const target = resolveDatabaseTarget(readEnv({ DATABASE_URL: "postgres://u:p@db:5432/tally" }), join);
    expect(target).toEqual({
      ok: false,
      message: expect.stringMatching(/^DATABASE_URL: PostgreSQL is not supported yet/),
    });
  });
});
