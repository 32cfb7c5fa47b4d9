import type { Context } from "hono";

/** The client's socket address under @hono/node-server, or "unknown" in-process (tests). */
export function readClientIp(c: Context): string {
  const env: unknown = c.env;
  if (typeof env === "object" && env !== null && "incoming" in env) {
    const incoming = (env as { incoming?: { socket?: { remoteAddress?: string } } }).incoming;
    return incoming?.socket?.remoteAddress ?? "unknown";
  }
  return "unknown";
}
