import { serve } from "@hono/node-server";
import { createApp } from "./app.ts";
import { readEnv } from "./env.ts";

let env: ReturnType<typeof readEnv>;
try {
  env = readEnv(process.env);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

const app = createApp({ clock: () => new Date() });
serve({ fetch: app.fetch, port: env.PORT }, (info) => {
  console.log(`Tally is running on http://localhost:${info.port}`);
});
