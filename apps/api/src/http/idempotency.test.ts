import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../testing/create-test-app.ts";
import type { AppEnv } from "./app-env.ts";
import { idempotent } from "./idempotency.ts";
import { handleError } from "./problem.ts";

/** A tiny app with one idempotent route whose handler counts its runs and can be held open. */
async function createCountingApp(
  t: TestApp,
  behaviour: { fail?: boolean; hold?: Promise<void>; entered?: () => void } = {},
) {
  const owner = await t.createUser("owner");
  let runs = 0;
  const app = new Hono<AppEnv>()
    .use(async (c, next) => {
      c.set("deps", { db: t.db, clock: t.now, secrets: t.secrets, logger: t.logger });
      c.set("actor", {
        type: "user",
        userId: owner.id,
        organizationId: owner.organizationId,
        role: "owner",
        name: "O",
        email: owner.email,
        tokenId: null,
      });
      await next();
    })
    .post("/things", idempotent(), async (c) => {
      runs++;
      behaviour.entered?.();
      await behaviour.hold;
      if (behaviour.fail) throw new Error("boom");
      return c.json({ run: runs }, 201);
    });
  app.onError(handleError);
  const post = (key: string, body = "{}") =>
    app.request("/things", { method: "POST", headers: { "idempotency-key": key }, body });
  return { post, runs: () => runs };
}

describe("idempotent()", () => {
  it("runs the handler once per key and replays its response", async () => {
    const t = await createTestApp();
    const { post, runs } = await createCountingApp(t);
    const first = await post("k1");
    const again = await post("k1");
    expect([first.status, again.status]).toEqual([201, 201]);
    expect(await again.json()).toEqual({ run: 1 });
    expect(runs()).toBe(1);
    expect(await (await post("k2")).json()).toEqual({ run: 2 });
  });

  it("answers 409 to a repeat that arrives while the first is still running", async () => {
    const t = await createTestApp();
    let finish = () => {};
    const hold = new Promise<void>((resolve) => {
      finish = resolve;
    });
    let entered = () => {};
    const inHandler = new Promise<void>((resolve) => {
      entered = resolve;
    });
    const { post, runs } = await createCountingApp(t, { hold, entered: () => entered() });
    const first = post("k");
    await inHandler;
    const second = await post("k");
    expect(second.status).toBe(409);
    finish();
    expect((await first).status).toBe(201);
    expect(runs()).toBe(1);
  });

  it("frees the key after a 500 so a retry runs again", async () => {
    const t = await createTestApp();
    const { post, runs } = await createCountingApp(t, { fail: true });
    expect((await post("k")).status).toBe(500);
    expect((await post("k")).status).toBe(500);
    expect(runs()).toBe(2);
    expect(await t.db.selectFrom("idempotency_keys").selectAll().execute()).toEqual([]);
  });

  it("refuses the same key with a different body (422) and an over-long key (400)", async () => {
    const t = await createTestApp();
    const { post } = await createCountingApp(t);
    await post("k", '{"a":1}');
    const reused = await post("k", '{"a":2}');
    expect(reused.status).toBe(422);
    expect(await reused.json()).toMatchObject({ code: "idempotency_key_reused" });
    expect((await post("x".repeat(201))).status).toBe(400);
  });
});
