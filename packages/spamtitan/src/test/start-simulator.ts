import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { createSpamTitanSimulator, type SimulatorOptions, startSimulatorServer } from "@tally/spamtitan-sim";
import { onTestFinished } from "vitest";
import { createSpamTitanClient, type SpamTitanClientOptions } from "../create-spamtitan-client.ts";

/** The "today" every client test runs at. */
export const TODAY = "2026-12-03";

/** Small delays so retry tests stay quick; a constant jitter so they stay deterministic. */
export const FAST_RETRY = { retries: 2, baseDelayMs: 1, maxDelayMs: 4, maxRetryAfterMs: 20 };

/** Starts a simulator on 127.0.0.1:0 for one test, closed when the test finishes. */
export async function startSimulator(options: SimulatorOptions = {}) {
  const sim = createSpamTitanSimulator({ today: TODAY, ...options });
  const server = await startSimulatorServer(sim);
  onTestFinished(() => server.close());
  return { sim, server };
}

/** A client with fast retries against a URL. */
export function clientFor(apiUrl: string, apiKey: string, options: Partial<SpamTitanClientOptions> = {}) {
  return createSpamTitanClient({ apiUrl, apiKey, retry: FAST_RETRY, random: () => 0.5, ...options });
}

/** A plain HTTP server answering every request with one fixed response, recording the request headers. */
export async function startFixedServer(response: { status: number; contentType: string; body: string }) {
  const seen: IncomingHttpHeaders[] = [];
  const server = createServer((req, res) => {
    seen.push(req.headers);
    res.writeHead(response.status, { "content-type": response.contentType });
    res.end(response.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { apiUrl: `http://127.0.0.1:${port}/restapi`, seen };
}
