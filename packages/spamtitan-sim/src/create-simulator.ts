import { Hono } from "hono";

/** Options of the simulator. */
export interface SimulatorOptions {
  token?: string;
}

/**
 * A SpamTitan REST API stand-in, as a Hono app.
 *
 * @example const sim = createSpamTitanSimulator(); await sim.app.request("/restapi/domain-groups")
 */
export function createSpamTitanSimulator(options: SimulatorOptions = {}) {
  const token = options.token ?? "sim-token";
  const app = new Hono().basePath("/restapi");
  app.use(async (c, next) => {
    if (c.req.header("authorization") !== `Bearer ${token}`) return c.json({ message: "Unauthenticated." }, 401);
    await next();
  });
  app.get("/domain-groups", (c) => c.json({ data: [] }));
  return { app, token };
}
