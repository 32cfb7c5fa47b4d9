import { inspect } from "node:util";
import { describe, expect, it, vi } from "vitest";
import { SpamTitanError } from "./spamtitan-error.ts";
import { clientFor, startFixedServer, startSimulator, TODAY } from "./test/start-simulator.ts";

async function failureOf(promise: Promise<unknown>): Promise<SpamTitanError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof SpamTitanError)) throw new Error(`expected a SpamTitanError, got ${inspect(error)}`);
  return error;
}

describe("the client's HTTP layer (against the simulator over HTTP)", () => {
  it("sends Authorization: Bearer with the trimmed key and Accept: application/json on every call", async () => {
    const server = await startFixedServer({ status: 200, contentType: "application/json", body: '{"data":[]}' });
    const client = clientFor(server.apiUrl, "  Bearer secret-key-123\n");
    await client.listDomainGroups();
    await client.authenticate();
    expect(server.seen).toHaveLength(2);
    for (const headers of server.seen) {
      expect(headers.authorization).toBe("Bearer secret-key-123");
      expect(headers.accept).toBe("application/json");
    }
  });

  it("retries a 429 after Retry-After (seconds) and then succeeds", async () => {
    const { sim, server } = await startSimulator({ faults: { rateLimitEvery: 2, retryAfterSeconds: 1 } });
    const client = clientFor(server.apiUrl, sim.token);
    await client.authenticate(); // request 1
    const groups = await client.listDomainGroups(); // request 2 → 429, request 3 → 200
    expect(groups).toHaveLength(40);
    expect(sim.stats.requests).toBe(3);
    expect(sim.stats.rateLimited).toBe(1);
  });

  it("waits what Retry-After says, capped by maxRetryAfterMs, else the jittered backoff", async () => {
    const { sim, server } = await startSimulator({ faults: { rateLimitEvery: 1, retryAfterSeconds: 1 } });
    const waits: number[] = [];
    const client = clientFor(server.apiUrl, sim.token, {
      retry: { retries: 1, baseDelayMs: 2, maxDelayMs: 8, maxRetryAfterMs: 30 },
      onRetry: (notice) => waits.push(notice.delayMs),
    });
    await client.listDomainGroups().catch(() => undefined);
    sim.setFaults({ rateLimitEvery: 1, retryAfterFormat: "none" });
    await client.listDomainGroups().catch(() => undefined);
    // 1 s capped to 30 ms; without Retry-After: half of the 2 ms step fixed + 0.5 × the other half.
    expect(waits).toEqual([30, 1.5]);
  });

  it("retries a 429 whose Retry-After is an HTTP date", async () => {
    const { sim, server } = await startSimulator({
      faults: { rateLimitEvery: 2, retryAfterSeconds: 1, retryAfterFormat: "http-date" },
    });
    const client = clientFor(server.apiUrl, sim.token);
    await client.authenticate();
    await client.listDomainGroups();
    expect(sim.stats.byStatus[429]).toBe(1);
    expect(sim.stats.byStatus[200]).toBe(2);
  });

  it("gives up on a server that always answers 429 with rate_limited after the bounded retries", async () => {
    const { sim, server } = await startSimulator({ faults: { rateLimitEvery: 1, retryAfterFormat: "none" } });
    const error = await failureOf(clientFor(server.apiUrl, sim.token).listDomainGroups());
    expect(error.code).toBe("rate_limited");
    expect(error.status).toBe(429);
    expect(sim.stats.requests).toBe(3); // 1 attempt + 2 retries
  });

  it("retries 5xx and reports server_error with the status when it persists", async () => {
    const { sim, server } = await startSimulator({ faults: { serverErrorRate: 1 } });
    const error = await failureOf(clientFor(server.apiUrl, sim.token).listDomainGroups());
    expect(error.code).toBe("server_error");
    expect([500, 502, 503]).toContain(error.status);
    expect(error.message).toContain("try again later");
    expect(sim.stats.serverErrors).toBe(3);
  });

  it("times out a request that never answers, retries it, and reports timeout", async () => {
    const { sim, server } = await startSimulator({ faults: { timeoutRate: 1 } });
    const error = await failureOf(clientFor(server.apiUrl, sim.token, { timeoutMs: 50 }).listDomainGroups());
    expect(error.code).toBe("timeout");
    expect(error.status).toBeUndefined();
    expect(sim.stats.timeouts).toBe(3);
  });

  it("never retries a 4xx other than 429", async () => {
    const { sim, server } = await startSimulator();
    const client = clientFor(server.apiUrl, sim.token);
    const notFound = await failureOf(
      client.getLicenseUsage({ domainGroupId: 1, startDate: "2026-11-03", endDate: TODAY }),
    );
    expect(notFound).toMatchObject({ code: "not_found", status: 404 });
    const invalid = await failureOf(
      client.getLicenseUsage({ domainGroupId: 12, startDate: "2026-11-31", endDate: TODAY }),
    );
    expect(invalid).toMatchObject({ code: "invalid_request", status: 422 });
    expect(invalid.message).toContain("The given data was invalid.");
    const refused = await failureOf(clientFor(server.apiUrl, "wrong").listDomainGroups());
    expect(refused).toMatchObject({ code: "auth_failed", status: 401 });
    expect(sim.stats.requests).toBe(3);
  });

  it("reports forbidden for a group a Domain Group Administrator key may not see", async () => {
    const { sim, server } = await startSimulator();
    const client = clientFor(server.apiUrl, sim.tokens.domainGroupAdmin);
    const visible = new Set((await client.listDomainGroups()).map((g) => g.id));
    const hidden = sim.data.groups().find((g) => !visible.has(g.id));
    const error = await failureOf(
      client.getLicenseUsage({ domainGroupId: hidden?.id ?? 0, startDate: "2026-11-03", endDate: TODAY }),
    );
    expect(error).toMatchObject({ code: "forbidden", status: 403 });
    expect(error.message).toContain("refused the API key");
  });

  it("reports unreachable, after retrying, when nothing listens on the port", async () => {
    const { sim, server } = await startSimulator();
    await server.close();
    const error = await failureOf(clientFor(server.apiUrl, sim.token).listDomainGroups());
    expect(error.code).toBe("unreachable");
    expect(error.message).toContain("cannot be reached");
    expect(error.message).toContain("ECONNREFUSED");
    expect(error.cause).toBeInstanceOf(Error);
  });

  it("reports truncated JSON as invalid_response", async () => {
    const { sim, server } = await startSimulator({ faults: { malformedJson: true } });
    const error = await failureOf(clientFor(server.apiUrl, sim.token).listDomainGroups());
    expect(error.code).toBe("invalid_response");
    expect(error.message).toContain("not valid JSON");
  });

  it("cancels a slow request quickly when the signal aborts, without retrying", async () => {
    const { sim, server } = await startSimulator({ faults: { latencyMs: 60_000 } });
    const controller = new AbortController();
    const pending = clientFor(server.apiUrl, sim.token).listDomainGroups({ signal: controller.signal });
    await vi.waitFor(() => expect(sim.stats.requests).toBe(1));
    controller.abort();
    expect((await failureOf(pending)).code).toBe("cancelled");
    expect(sim.stats.requests).toBe(1);
  });

  it("cancels during a backoff wait", async () => {
    const { sim, server } = await startSimulator({ faults: { rateLimitEvery: 1, retryAfterSeconds: 60 } });
    const controller = new AbortController();
    const client = clientFor(server.apiUrl, sim.token, {
      retry: { retries: 3, baseDelayMs: 1, maxDelayMs: 1, maxRetryAfterMs: 60_000 },
      // Abort once the client has started its 60 s Retry-After wait, however slow the machine is.
      onRetry: () => setTimeout(() => controller.abort(), 10),
    });
    const pending = client.listDomainGroups({ signal: controller.signal });
    expect((await failureOf(pending)).code).toBe("cancelled");
    expect(sim.stats.requests).toBe(1);
  });

  it("never lets the key appear in a message, a cause or an inspected error", async () => {
    const key = "st-secret-key-0123456789";
    const echo = await startFixedServer({
      status: 500,
      contentType: "application/json",
      body: JSON.stringify({ message: `Bad key ${key} for tenant` }),
    });
    const { sim, server } = await startSimulator({ adminToken: key, faults: { timeoutRate: 1 } });
    const closed = await startSimulator({ adminToken: key });
    await closed.server.close();
    const errors = [
      await failureOf(clientFor(echo.apiUrl, key).listDomainGroups()),
      await failureOf(clientFor(server.apiUrl, key, { timeoutMs: 30 }).listDomainGroups()),
      await failureOf(clientFor(closed.server.apiUrl, `Bearer ${key}`).authenticate()),
    ];
    sim.setFaults({});
    errors.push(await failureOf(clientFor(server.apiUrl.replace("/restapi", "/x"), key).authenticate()));
    errors.push(await failureOf(clientFor(server.apiUrl, "wrong-key").authenticate()));
    expect(errors[0]?.message).toContain("[redacted]");
    for (const error of errors) {
      expect(error.message).not.toContain(key);
      expect(inspect(error, { depth: Number.POSITIVE_INFINITY, showHidden: true })).not.toContain(key);
      expect(JSON.stringify(error)).not.toContain(key);
    }
  });
});
