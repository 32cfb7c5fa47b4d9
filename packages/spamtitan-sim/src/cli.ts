import { parseArgs } from "node:util";
import { createSpamTitanSimulator } from "./create-simulator.ts";
import { startSimulatorServer } from "./start-simulator-server.ts";

// pnpm forwards the "--" separator itself; drop it so the options after it are parsed.
const args = process.argv.slice(2).filter((arg, i) => !(i === 0 && arg === "--"));
const { values } = parseArgs({
  args,
  options: {
    port: { type: "string", default: "9100" },
    host: { type: "string", default: "127.0.0.1" },
    groups: { type: "string", default: "40" },
    seed: { type: "string", default: "1" },
    today: { type: "string" },
    "page-size": { type: "string" },
    "latency-ms": { type: "string" },
    "rate-limit-every": { type: "string" },
    // Adds a domain group by name after the generated ones (repeatable), e.g. a hostile name for a UI test.
    "extra-group": { type: "string", multiple: true, default: [] },
  },
});

const simulator = createSpamTitanSimulator({
  seed: Number(values.seed),
  groups: Number(values.groups),
  ...(values.today ? { today: values.today } : {}),
  ...(values["page-size"] ? { pageSize: Number(values["page-size"]) } : {}),
  faults: {
    ...(values["latency-ms"] ? { latencyMs: Number(values["latency-ms"]) } : {}),
    ...(values["rate-limit-every"] ? { rateLimitEvery: Number(values["rate-limit-every"]) } : {}),
  },
});
for (const name of values["extra-group"]) simulator.addGroup({ name });
const server = await startSimulatorServer(simulator, { port: Number(values.port), host: values.host });

process.stdout.write(
  [
    `SpamTitan simulator: ${simulator.data.groups().length} domain groups, seed ${values.seed}, today ${simulator.data.today}`,
    `  API URL:                    ${server.apiUrl}`,
    `  API key (Administrator):    ${simulator.tokens.admin}`,
    `  API key (Domain Group Admin): ${simulator.tokens.domainGroupAdmin}`,
    "Press Ctrl+C to stop.",
    "",
  ].join("\n"),
);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void server.close().then(() => process.exit(0));
  });
}
