import { spamTitanUsageRule, usageWindowFor } from "@tally/core";
import { createSpamTitanSimulator, startSimulatorServer } from "@tally/spamtitan-sim";
import { demoSimulatorSettings } from "./demo-vendor.ts";

/** The running demo simulator: what to paste in the connect wizard, and its billable figures. */
export interface DemoSimulator {
  apiUrl: string;
  apiKey: string;
  /** Each group's billable quantity today, by group name (so the demo contracts are mostly right). */
  quantities: Map<string, number>;
  close(): Promise<void>;
}

/**
 * Starts the in-process SpamTitan simulator for TALLY_DEMO on 127.0.0.1 and a free port, with
 * the same seed and group count the demo directory is built from.
 *
 * @example const sim = await startDemoSimulator(new Date()); console.log(sim.apiUrl, sim.apiKey);
 */
export async function startDemoSimulator(now: Date): Promise<DemoSimulator> {
  const today = now.toISOString().slice(0, 10);
  const sim = createSpamTitanSimulator({ ...demoSimulatorSettings, today });
  const server = await startSimulatorServer(sim);
  const window = usageWindowFor(today, spamTitanUsageRule);
  const quantities = new Map(
    sim.data.groups().map((g) => [g.name, sim.data.licenseUsage(g.id, window.start, window.end).maximum]),
  );
  return { apiUrl: server.apiUrl, apiKey: sim.token, quantities, close: () => server.close() };
}
