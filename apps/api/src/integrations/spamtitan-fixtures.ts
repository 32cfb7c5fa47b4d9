import { createSpamTitanClient } from "@tally/spamtitan";
import { createSpamTitanSimulator, type SimulatorServer, startSimulatorServer } from "@tally/spamtitan-sim";
import type { VendorClientFactory } from "../http/app-env.ts";
import { createTestApp, type TestApp, type TestUser } from "../testing/create-test-app.ts";

/** The day the simulator's data and the test clock end on. */
export const simulatorToday = "2026-12-03";

/** A vendor client factory with fast retries, so fault tests take milliseconds. */
export const fastRetryClientFactory: VendorClientFactory = (_vendor, connection) =>
  createSpamTitanClient({
    ...connection,
    retry: { retries: 5, baseDelayMs: 1, maxDelayMs: 2, maxRetryAfterMs: 5 },
    timeoutMs: 2_000,
    random: () => 0.5,
  });

/** A test app wired to a real simulator served on 127.0.0.1, with an owner and some accounts. */
export async function createSpamTitanTestbed(
  options: { groups?: number; domainsUnavailable?: boolean; vendorClientFactory?: VendorClientFactory } = {},
) {
  const sim = createSpamTitanSimulator({
    seed: 3,
    groups: options.groups ?? 12,
    today: simulatorToday,
    ...(options.domainsUnavailable ? { domainsUnavailable: true } : {}),
  });
  const server: SimulatorServer = await startSimulatorServer(sim);
  const t: TestApp = await createTestApp({
    vendorClientFactory: options.vendorClientFactory ?? fastRetryClientFactory,
  });
  const owner: TestUser = await t.createUser("owner");
  return {
    sim,
    server,
    t,
    owner,
    /** Stops the sync jobs and the simulator. */
    async close() {
      await t.syncRunner.close();
      await server.close();
    },
  };
}

/** The testbed's value. */
export type SpamTitanTestbed = Awaited<ReturnType<typeof createSpamTitanTestbed>>;

/** Creates accounts named like the first `count` simulator groups (exactly), plus `extra` names. */
export async function createAccountsLikeGroups(bed: SpamTitanTestbed, count: number, extra: string[] = []) {
  const names = [
    ...bed.sim.data
      .groups()
      .slice(0, count)
      .map((g) => g.name),
    ...extra,
  ];
  const ids: Record<string, string> = {};
  for (const name of names) {
    const response = await bed.t.requestJson("/api/v1/accounts", "POST", bed.owner.bearerHeaders, { name });
    const body = (await response.json()) as { id: string };
    ids[name] = body.id;
  }
  return ids;
}

/** Connects the testbed's simulator through the API and returns the response body. */
export async function connectSimulator(bed: SpamTitanTestbed, user: TestUser = bed.owner) {
  const response = await bed.t.requestJson("/api/v1/integrations/spamtitan/connect", "POST", user.bearerHeaders, {
    module: "billing",
    apiUrl: bed.server.apiUrl,
    apiKey: bed.sim.token,
  });
  if (response.status !== 201) throw new Error(`connect answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as {
    id: string;
    status: string;
    counts: Record<string, number>;
    autoMap: Record<string, unknown>;
  };
}

/** Reads a whole SSE response into its events. */
export async function readServerSentEvents(response: Response): Promise<{ event: string; data: unknown }[]> {
  const text = await response.text();
  return text
    .split("\n\n")
    .filter((block) => block.trim() !== "")
    .map((block) => {
      const lines = block.split("\n");
      const event =
        lines
          .find((l) => l.startsWith("event:"))
          ?.slice(6)
          .trim() ?? "message";
      const data = lines
        .filter((l) => l.startsWith("data:"))
        .map((l) => l.slice(5).trim())
        .join("\n");
      return { event, data: JSON.parse(data) as unknown };
    });
}
